package org.gridsteward.report;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gridsteward.events.Actor;

/** Move the resolution deadline later (延期). */
public record ExtendDeadline(
        @TargetAggregateIdentifier String reportId,
        Instant newDueAt,
        String reason,
        Actor actor,
        Instant at)
        implements ReportCommand {}
