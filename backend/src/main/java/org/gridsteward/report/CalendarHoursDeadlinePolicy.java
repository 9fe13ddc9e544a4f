package org.gridsteward.report;

import java.time.Duration;
import java.time.Instant;

/** Counts every hour, nights and holidays included. */
public final class CalendarHoursDeadlinePolicy implements DeadlinePolicy {

    @Override
    public Instant dueAfter(Instant start, Duration window) {
        return start.plus(window);
    }
}
