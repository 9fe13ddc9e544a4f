package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/** 督办: the report, overdue on {@code deadline} (due {@code dueAt}), is now supervised at {@code level}. */
@EventType(name = "ReportEscalated")
public record ReportEscalated(
        String reportId,
        String departmentId,
        Deadline deadline,
        Instant dueAt,
        EscalationLevel level,
        Actor actor,
        Instant at)
        implements ReportEvent {}
