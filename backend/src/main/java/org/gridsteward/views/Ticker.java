package org.gridsteward.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The latest events of a scope, newest first, at most {@value #LENGTH}. */
public record Ticker(String scope, Position applied, List<TickerEntry> entries) {
    public static final int LENGTH = 20;

    // A total order, so live delivery and a replay keep the same entries whatever order gaps are filled in.
    private static final Comparator<TickerEntry> NEWEST_FIRST = Comparator.comparing(TickerEntry::at).reversed()
            .thenComparing(TickerEntry::reportId)
            .thenComparing(TickerEntry::type);

    public Ticker {
        entries = List.copyOf(entries);
    }

    public static Ticker empty(String scope) {
        return new Ticker(scope, Position.NONE, List.of());
    }

    Ticker with(TickerEntry entry, Position position) {
        List<TickerEntry> next = new ArrayList<>(entries);
        next.add(entry);
        next.sort(NEWEST_FIRST);
        return new Ticker(scope, applied.including(position), next.subList(0, Math.min(LENGTH, next.size())));
    }

    /** The same entries, those of these reports with their reporter's details replaced by the erased marker. */
    Ticker erasing(Set<String> reportIds, Position position) {
        List<TickerEntry> next = entries.stream().map(e -> reportIds.contains(e.reportId()) ? e.erased() : e).toList();
        return new Ticker(scope, applied.including(position), next);
    }
}
