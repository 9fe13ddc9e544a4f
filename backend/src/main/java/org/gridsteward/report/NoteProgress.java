package org.gridsteward.report;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gridsteward.events.Actor;

/** Record how the work is going. */
public record NoteProgress(@TargetAggregateIdentifier String reportId, String note, Actor actor, Instant at)
        implements ReportCommand {}
