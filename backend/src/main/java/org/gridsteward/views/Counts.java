package org.gridsteward.views;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/** Counts by key as the views keep them: immutable, and no key counted zero times. */
final class Counts {
    private Counts() {}

    /**
     * These counts with one taken from {@code from} and one added to {@code to} (either null for none). Built
     * in one pass: a tally changes this way for nearly every event, in every scope the event counts in.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Long> moved(Map<String, Long> counts, String from, String to) {
        if (Objects.equals(from, to)) {
            return counts;
        }
        Map.Entry<String, Long>[] next = new Map.Entry[counts.size() + 2];
        int size = 0;
        boolean taken = from == null;
        boolean added = to == null;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            long count = entry.getValue();
            if (entry.getKey().equals(from)) {
                count--;
                taken = true;
            } else if (entry.getKey().equals(to)) {
                count++;
                added = true;
            }
            if (count != 0) {
                next[size++] = Map.entry(entry.getKey(), count);
            }
        }
        if (!taken) {
            next[size++] = Map.entry(from, -1L);
        }
        if (!added) {
            next[size++] = Map.entry(to, 1L);
        }
        return Map.ofEntries(Arrays.copyOf(next, size));
    }
}
