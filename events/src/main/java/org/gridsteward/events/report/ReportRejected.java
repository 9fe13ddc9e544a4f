package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/** 不予受理: the command center will not handle the report, and says why. */
@EventType(name = "ReportRejected")
public record ReportRejected(String reportId, String reason, Actor actor, Instant at) implements ReportEvent {}
