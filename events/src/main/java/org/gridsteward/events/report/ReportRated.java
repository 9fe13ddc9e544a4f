package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/** The reporter rated the result. {@code comment} may be null. */
@EventType(name = "ReportRated")
public record ReportRated(String reportId, Satisfaction satisfaction, String comment, Actor actor, Instant at)
        implements ReportEvent {}
