package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/** The report's handling is finished; nothing more happens to it. */
@EventType(name = "ReportClosed")
public record ReportClosed(String reportId, Actor actor, Instant at) implements ReportEvent {}
