package org.gridsteward.report;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gridsteward.events.Actor;

/** The department declares the problem solved (办结). */
public record ResolveReport(
        @TargetAggregateIdentifier String reportId,
        String departmentId,
        String resolution,
        Actor actor,
        Instant at)
        implements ReportCommand {}
