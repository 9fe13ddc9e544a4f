package org.gridsteward.report;

import java.time.Duration;
import java.time.Instant;
import org.gridsteward.events.report.Priority;

/**
 * Turns a category's window into a due time. Kept apart from the rules so that working-hours calendars
 * can replace plain elapsed time without touching the aggregate.
 */
public interface DeadlinePolicy {

    Instant dueAfter(Instant start, Duration window);

    /**
     * The sign-off and resolution due times of a dispatch at {@code start} for a report of a category and
     * priority. By default both windows count as {@link #dueAfter} does, whatever the category or priority.
     */
    default DueTimes dueTimes(Instant start, CategoryWindows windows, Priority priority) {
        return new DueTimes(dueAfter(start, windows.signOff()), dueAfter(start, windows.resolution()));
    }

    /** When a dispatch must be signed for (签收时限) and resolved (办结时限). */
    record DueTimes(Instant signOff, Instant resolution) {}
}
