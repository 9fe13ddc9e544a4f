package org.gridsteward.views;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The latest events of a scope, newest first, at most {@value #LENGTH}. */
public record Ticker(String scope, Position applied, List<TickerEntry> entries) {
    public static final int LENGTH = 20;

    // A total order, so live delivery and a replay keep the same entries whatever order gaps are filled in.
    private static final Comparator<TickerEntry> NEWEST_FIRST = (a, b) -> {
        int order = b.at().compareTo(a.at());
        if (order == 0) {
            order = a.reportId().compareTo(b.reportId());
        }
        return order == 0 ? a.type().compareTo(b.type()) : order;
    };

    public Ticker {
        entries = List.copyOf(entries);
    }

    public static Ticker empty(String scope) {
        return new Ticker(scope, Position.NONE, List.of());
    }

    /**
     * With one more entry, in its place among the entries (which are kept in order), the oldest dropped beyond
     * {@value #LENGTH}: what sorting them all again would give, for a handful of comparisons.
     */
    Ticker with(TickerEntry entry, Position position) {
        // From the newest, where the entry usually goes; after any entry equal to it, as a stable sort puts it.
        int at = 0;
        while (at < entries.size() && at < LENGTH && NEWEST_FIRST.compare(entries.get(at), entry) <= 0) {
            at++;
        }
        if (at >= LENGTH) {
            return new Ticker(scope, applied.including(position), entries);
        }
        TickerEntry[] next = new TickerEntry[Math.min(LENGTH, entries.size() + 1)];
        for (int i = 0; i < next.length; i++) {
            next[i] = i < at ? entries.get(i) : i == at ? entry : entries.get(i - 1);
        }
        return new Ticker(scope, applied.including(position), List.of(next));
    }

    /** The same entries, those of these reports with their reporter's details replaced by the erased marker. */
    Ticker erasing(Set<String> reportIds, Position position) {
        List<TickerEntry> next = entries.stream().map(e -> reportIds.contains(e.reportId()) ? e.erased() : e).toList();
        return new Ticker(scope, applied.including(position), next);
    }
}
