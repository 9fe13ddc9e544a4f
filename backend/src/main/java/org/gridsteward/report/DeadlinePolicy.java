package org.gridsteward.report;

import java.time.Duration;
import java.time.Instant;

/**
 * Turns a category's window into a due time. Kept apart from the rules so that working-hours calendars
 * can replace plain elapsed time without touching the aggregate.
 */
public interface DeadlinePolicy {

    Instant dueAfter(Instant start, Duration window);
}
