package org.gridsteward.report;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gridsteward.events.Actor;
import org.gridsteward.events.report.Deadline;

/**
 * Record that {@code deadline}, due at {@code dueAt}, has passed unmet. Sent by the deadline tracker; a deadline
 * that has since moved or been met, or that was already marked, records nothing.
 */
public record MarkOverdue(
        @TargetAggregateIdentifier String reportId, Deadline deadline, Instant dueAt, Actor actor, Instant at)
        implements ReportCommand {}
