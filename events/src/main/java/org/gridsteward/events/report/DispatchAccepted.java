package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/** 签收: the department took the report on. */
@EventType(name = "DispatchAccepted")
public record DispatchAccepted(String reportId, String departmentId, Actor actor, Instant at)
        implements ReportEvent {}
