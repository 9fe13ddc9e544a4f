package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/** A resident or grid worker reported a problem. {@code buildingId} and {@code reporter} may be null. */
@EventType(name = "ReportSubmitted", revision = 2)
public record ReportSubmitted(
        String reportId,
        String gridId,
        String buildingId,
        String categoryId,
        String description,
        Channel channel,
        Reporter reporter,
        Actor actor,
        Instant at)
        implements ReportEvent {}
