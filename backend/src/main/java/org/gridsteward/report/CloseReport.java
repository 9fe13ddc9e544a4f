package org.gridsteward.report;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gridsteward.events.Actor;

/** Finish the report's handling, or archive a rejected one. */
public record CloseReport(@TargetAggregateIdentifier String reportId, Actor actor, Instant at)
        implements ReportCommand {}
