package org.gridsteward.report;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gridsteward.events.Actor;
import org.gridsteward.events.report.Deadline;
import org.gridsteward.events.report.EscalationLevel;

/**
 * Raise supervision (督办) of a report overdue on {@code deadline} (due {@code dueAt}) to {@code level}. Sent by
 * the deadline tracker; a level already reached, or a deadline since moved or met, records nothing.
 */
public record EscalateReport(
        @TargetAggregateIdentifier String reportId,
        Deadline deadline,
        Instant dueAt,
        EscalationLevel level,
        Actor actor,
        Instant at)
        implements ReportCommand {}
