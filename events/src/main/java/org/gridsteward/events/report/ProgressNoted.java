package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/** The handling department recorded how the work is going. */
@EventType(name = "ProgressNoted")
public record ProgressNoted(String reportId, String note, Actor actor, Instant at) implements ReportEvent {}
