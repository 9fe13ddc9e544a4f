package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/** 返工: the resolution did not hold up on inspection; the department must work on it again. */
@EventType(name = "ReworkRequested")
public record ReworkRequested(String reportId, String reason, Actor actor, Instant at) implements ReportEvent {}
