package org.gridsteward.report;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gridsteward.events.Actor;
import org.gridsteward.events.report.Satisfaction;

/** The reporter rates the result; {@code comment} may be null. */
public record RateReport(
        @TargetAggregateIdentifier String reportId,
        Satisfaction satisfaction,
        String comment,
        Actor actor,
        Instant at)
        implements ReportCommand {}
