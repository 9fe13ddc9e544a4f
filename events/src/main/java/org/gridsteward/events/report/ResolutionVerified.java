package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/** 核查通过: someone on the ground confirmed the resolution. {@code note} may be null. */
@EventType(name = "ResolutionVerified")
public record ResolutionVerified(String reportId, String note, Actor actor, Instant at) implements ReportEvent {}
