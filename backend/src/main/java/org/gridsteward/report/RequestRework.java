package org.gridsteward.report;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gridsteward.events.Actor;

/** The resolution did not hold up; the same department works on it again (返工). */
public record RequestRework(@TargetAggregateIdentifier String reportId, String reason, Actor actor, Instant at)
        implements ReportCommand {}
