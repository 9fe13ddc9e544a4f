package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/** The command center confirmed (or corrected) the category and set the priority. */
@EventType(name = "ReportClassified")
public record ReportClassified(String reportId, String categoryId, Priority priority, Actor actor, Instant at)
        implements ReportEvent {}
