package org.gridsteward.views;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.gridsteward.report.Status;

/** The open reports of a scope whose resolution deadline comes first, with the time left (negative: overdue). */
public record DeadlineBoard(List<Row> rows, int total) {
    public static final int DEFAULT_LENGTH = 20;

    public record Row(String reportId, String gridId, String categoryId, Status status, Instant dueAt, long secondsLeft) {}

    public static DeadlineBoard of(ScopeTally tally, Instant now, int length) {
        List<Row> rows = tally.deadlines().values().stream()
                .sorted(Comparator.comparing(DeadlineEntry::dueAt).thenComparing(DeadlineEntry::reportId))
                .limit(length)
                .map(e -> new Row(e.reportId(), e.gridId(), e.categoryId(), e.status(), e.dueAt(),
                        Duration.between(now, e.dueAt()).toSeconds()))
                .toList();
        return new DeadlineBoard(rows, tally.deadlines().size());
    }
}
