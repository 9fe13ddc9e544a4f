package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/** 派遣: sent to a department, which must sign for it by {@code signOffDueAt} and resolve it by {@code dueAt}. */
@EventType(name = "ReportDispatched")
public record ReportDispatched(
        String reportId,
        String departmentId,
        Instant signOffDueAt,
        Instant dueAt,
        String instructions,
        Actor actor,
        Instant at)
        implements ReportEvent {}
