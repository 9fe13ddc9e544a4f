package org.gridsteward.report;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gridsteward.events.Actor;
import org.gridsteward.events.report.Deadline;

/**
 * Record that {@code deadline}, due at {@code dueAt}, crossed a warning threshold. Sent by the deadline tracker;
 * a warning for a deadline that has since moved, passed or been met records nothing.
 */
public record WarnDeadline(
        @TargetAggregateIdentifier String reportId,
        Deadline deadline,
        Instant dueAt,
        String threshold,
        Actor actor,
        Instant at)
        implements ReportCommand {}
