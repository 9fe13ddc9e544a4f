package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/** The report is open again (after a 不满意 rating) and waits to be dispatched anew. */
@EventType(name = "ReportReopened")
public record ReportReopened(String reportId, String reason, Actor actor, Instant at) implements ReportEvent {}
