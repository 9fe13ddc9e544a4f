package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/** 退回: the department sent the report back to the command center, saying why. */
@EventType(name = "DispatchReturned")
public record DispatchReturned(String reportId, String departmentId, String reason, Actor actor, Instant at)
        implements ReportEvent {}
