package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/**
 * 临期预警: the {@code deadline} due at {@code dueAt} crossed the warning {@code threshold} (its configured name,
 * e.g. {@code 75%} of the window elapsed or {@code 4h} left).
 */
@EventType(name = "DeadlineApproaching")
public record DeadlineApproaching(
        String reportId,
        String departmentId,
        Deadline deadline,
        Instant dueAt,
        String threshold,
        Actor actor,
        Instant at)
        implements ReportEvent {}
