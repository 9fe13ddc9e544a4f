package org.gridsteward.events.report;

/** How a report reached the command center. */
public enum Channel {
    RESIDENT_APP,
    GRID_WORKER_APP,
    HOTLINE,
    WALK_IN,
    CONSOLE
}
