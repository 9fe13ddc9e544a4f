package org.gridsteward.report;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gridsteward.events.Actor;

/** Confirm the resolution on the ground (核查); {@code note} may be null. */
public record VerifyResolution(@TargetAggregateIdentifier String reportId, String note, Actor actor, Instant at)
        implements ReportCommand {}
