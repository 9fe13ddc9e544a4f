package org.gridsteward.views;

import java.util.Comparator;

/**
 * A report's place in the lists: when it was submitted (epoch milliseconds, as its submission event says, so a
 * replay orders it exactly as the live processor did), then its id to break ties.
 */
public record ListEntry(long at, String reportId) implements Comparable<ListEntry> {
    private static final Comparator<ListEntry> ORDER =
            Comparator.comparingLong(ListEntry::at).thenComparing(ListEntry::reportId);

    @Override
    public int compareTo(ListEntry other) {
        return ORDER.compare(this, other);
    }
}
