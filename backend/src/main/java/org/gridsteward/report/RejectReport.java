package org.gridsteward.report;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gridsteward.events.Actor;

/** Decline to handle the report (不予受理); {@code reason} is required. */
public record RejectReport(@TargetAggregateIdentifier String reportId, String reason, Actor actor, Instant at)
        implements ReportCommand {}
