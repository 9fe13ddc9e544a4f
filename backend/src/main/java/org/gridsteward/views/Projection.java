package org.gridsteward.views;

import java.util.List;
import org.gridsteward.events.report.ReportEvent;

/** One family of views, built from the report events in log order; its own processing group. */
public interface Projection {
    /** The processing group and the name its progress is stored under. */
    String name();

    /** The collections it writes, all forgotten before a replay. */
    default List<String> collections() {
        return List.of(tracks(), tallies());
    }

    /** The collection of its per-report documents, keyed by report id, loaded ahead for a whole batch. */
    String tracks();

    /** The type of those documents. */
    Class<?> trackType();

    /**
     * The collection of the documents many reports add to (per scope, per department, per day): few, and
     * touched by most events, so they stay in hand between batches instead of being loaded for each one.
     */
    String tallies();

    /**
     * Applies one event found at {@code position}; applying it again changes nothing.
     *
     * @return the sections of views that changed
     */
    List<Changed> on(ReportEvent event, Position position);
}
