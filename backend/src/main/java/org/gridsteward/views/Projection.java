package org.gridsteward.views;

import java.util.List;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.resident.ResidentErased;

/** One family of views, built from the report events in log order; its own processing group. */
public interface Projection {

    /**
     * Where a family keeps its views.
     *
     * @param name      the processing group and the name its progress is stored under
     * @param tracks    the collection of its per-report documents, keyed by report id, loaded ahead for a whole batch
     * @param trackType the type of those documents
     * @param tallies   the collection of the documents many reports add to (per scope, per department, per day):
     *                  few, and touched by most events, so they stay in hand between batches instead of being
     *                  loaded for each one
     */
    record Family(String name, String tracks, Class<?> trackType, String tallies) {
        /** The collections it writes, all forgotten before a replay. */
        public List<String> collections() {
            return List.of(tracks, tallies);
        }
    }

    Family family();

    /**
     * Applies one event found at {@code position}; applying it again changes nothing.
     *
     * @return the sections of views that changed
     */
    List<Changed> on(ReportEvent event, Position position);

    /**
     * Applies a resident's erasure found at {@code position}: a family that shows residents' details (masked)
     * replaces them; the others hold none and have nothing to do.
     */
    default List<Changed> on(ResidentErased erased, Position position) {
        return List.of();
    }
}
