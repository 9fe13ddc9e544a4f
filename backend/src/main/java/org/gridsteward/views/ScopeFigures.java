package org.gridsteward.views;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scope's figures at one moment. Rates are fractions between 0 and 1, null while nothing counts towards
 * them; averages are in seconds, null while nothing was measured.
 */
public record ScopeFigures(
        long open,
        Map<String, Long> openByStatus,
        long newToday,
        long overdue,
        long dueWithin24h,
        long received,
        long rejected,
        long resolved,
        Double resolutionRate,
        Double onTimeRate,
        Double satisfactionRate,
        Long averageSignOffSeconds,
        Long averageResolveSeconds) {

    public static ScopeFigures of(ScopeTally tally, Instant now) {
        String today = LocalDate.ofInstant(now, Contribution.CITY_ZONE).toString();
        DueCounts due = DueCounts.of(tally.deadlines().values(), now);
        return new ScopeFigures(
                tally.openByStatus().values().stream().mapToLong(Long::longValue).sum(),
                new TreeMap<>(tally.openByStatus()),
                tally.submittedByDay().getOrDefault(today, 0L),
                due.overdue(),
                due.dueWithin24h(),
                tally.received(),
                tally.rejected(),
                tally.resolved(),
                rate(tally.resolved(), tally.received() - tally.rejected()),
                rate(tally.resolvedOnTime(), tally.resolved()),
                rate(tally.satisfied(), tally.rated()),
                average(tally.signOffMillis(), tally.signed()),
                average(tally.resolveMillis(), tally.resolved()));
    }

    static Double rate(long part, long whole) {
        return whole <= 0 ? null : (double) part / whole;
    }

    private static Long average(long totalMillis, long count) {
        return count <= 0 ? null : totalMillis / count / 1000;
    }
}
