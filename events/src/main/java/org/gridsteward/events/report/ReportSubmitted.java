package org.gridsteward.events.report;

import java.time.Instant;
import java.util.List;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/**
 * A resident or grid worker reported a problem. {@code buildingId} and {@code reporter} may be null.
 *
 * <p>{@code photoIds} names the photos sent with the report (stored beside the log, not in it) and is null when
 * there were none. It was added without a new revision: events recorded before it existed have no such field and
 * read as null, which means exactly what it meant then (no photos), so no upcaster is needed.
 */
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
        Instant at,
        List<String> photoIds)
        implements ReportEvent {

    public ReportSubmitted {
        photoIds = photoIds == null || photoIds.isEmpty() ? null : List.copyOf(photoIds);
    }

    /** A report without photos. */
    public ReportSubmitted(String reportId, String gridId, String buildingId, String categoryId, String description,
                           Channel channel, Reporter reporter, Actor actor, Instant at) {
        this(reportId, gridId, buildingId, categoryId, description, channel, reporter, actor, at, null);
    }
}
