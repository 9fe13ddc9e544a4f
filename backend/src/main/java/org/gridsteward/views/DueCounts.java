package org.gridsteward.views;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * How a scope's open deadlines stand at one moment: past due, past due by more than a day, and due within the
 * next day. Worked out when read, so the figures and the grid map count an overdue report alike.
 */
record DueCounts(long overdue, long overdueOver24h, long dueWithin24h) {
    static final Duration DAY = Duration.ofHours(24);

    static DueCounts of(Collection<DeadlineEntry> deadlines, Instant now) {
        Instant soon = now.plus(DAY);
        Instant dayAgo = now.minus(DAY);
        long overdue = 0;
        long longOverdue = 0;
        long dueSoon = 0;
        for (DeadlineEntry entry : deadlines) {
            if (entry.dueAt().isBefore(now)) {
                overdue++;
                if (entry.dueAt().isBefore(dayAgo)) {
                    longOverdue++;
                }
            } else if (entry.dueAt().isBefore(soon)) {
                dueSoon++;
            }
        }
        return new DueCounts(overdue, longOverdue, dueSoon);
    }
}
