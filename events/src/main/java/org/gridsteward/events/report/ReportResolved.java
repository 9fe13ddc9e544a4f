package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/** 办结: the department says the problem is solved and how. */
@EventType(name = "ReportResolved")
public record ReportResolved(String reportId, String departmentId, String resolution, Actor actor, Instant at)
        implements ReportEvent {}
