package org.gridsteward.views;

import java.time.Instant;

/**
 * One grid as the map of a street, community or city shows it at one moment: its open reports, those past due
 * (and past due by more than a day), those due within a day, every report it received, its satisfaction rate
 * (满意 + 基本满意 over rated; null while none was rated) and the {@link GridLevel} they add up to.
 */
public record GridState(
        String gridId,
        long open,
        long overdue,
        long overdueOver24h,
        long dueWithin24h,
        long received,
        Double satisfactionRate,
        GridLevel level) {

    /** From the grid's own tally, the one its grid view reads. */
    static GridState of(String gridId, ScopeTally tally, Instant now) {
        DueCounts due = DueCounts.of(tally.deadlines().values(), now);
        long open = 0;
        for (long count : tally.openByStatus().values()) {
            open += count;
        }
        return new GridState(gridId, open, due.overdue(), due.overdueOver24h(), due.dueWithin24h(),
                tally.received(), ScopeFigures.rate(tally.satisfied(), tally.rated()), GridLevel.of(due));
    }
}
