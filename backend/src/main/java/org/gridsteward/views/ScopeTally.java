package org.gridsteward.views;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The running sums behind one scope's figures: the sum of the contributions of every report in the scope,
 * the open reports by status, submissions of the last {@value #DAYS_KEPT} days and every open deadline.
 * Time-dependent figures (new today, overdue, due soon) are worked out from it when read.
 */
public record ScopeTally(
        String scope,
        Position applied,
        long received,
        long rejected,
        long resolved,
        long resolvedOnTime,
        long rated,
        long satisfied,
        long signed,
        long signOffMillis,
        long resolveMillis,
        Map<String, Long> openByStatus,
        Map<String, Long> submittedByDay,
        Map<String, DeadlineEntry> deadlines) {

    static final int DAYS_KEPT = 8;

    public ScopeTally {
        openByStatus = Map.copyOf(openByStatus);
        submittedByDay = Map.copyOf(submittedByDay);
        deadlines = Map.copyOf(deadlines);
    }

    public static ScopeTally empty(String scope) {
        return new ScopeTally(scope, Position.NONE, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(), Map.of());
    }

    ScopeTally change(Contribution before, Contribution after, Position position) {
        // Every event changes a tally, and a replay applies each to four scopes: a map the event leaves as it
        // was is kept rather than copied (the maps are immutable).
        Map<String, Long> open = Counts.moved(openByStatus,
                before.openStatus() == null ? null : before.openStatus().name(),
                after.openStatus() == null ? null : after.openStatus().name());

        Map<String, Long> days = submittedByDay;
        if (before.submittedDay() == null && after.submittedDay() != null) {
            TreeMap<String, Long> counted = new TreeMap<>(submittedByDay);
            counted.merge(after.submittedDay(), 1L, Long::sum);
            while (counted.size() > DAYS_KEPT) {
                counted.pollFirstEntry();
            }
            days = counted;
        }

        // A scope's open deadlines can be thousands; copying them for every event made a replay quadratic in the
        // open reports.
        Map<String, DeadlineEntry> due = deadlines;
        if (!Objects.equals(before.deadline(), after.deadline())) {
            due = new HashMap<>(deadlines);
            if (before.deadline() != null) {
                due.remove(before.deadline().reportId());
            }
            if (after.deadline() != null) {
                due.put(after.deadline().reportId(), after.deadline());
            }
        }

        return new ScopeTally(
                scope,
                applied.including(position),
                received + (before.submittedDay() == null && after.submittedDay() != null ? 1 : 0),
                rejected + delta(before.rejected(), after.rejected()),
                resolved + delta(before.resolved(), after.resolved()),
                resolvedOnTime + delta(before.resolvedOnTime(), after.resolvedOnTime()),
                rated + delta(before.rated(), after.rated()),
                satisfied + delta(before.satisfied(), after.satisfied()),
                signed + delta(before.signed(), after.signed()),
                signOffMillis - before.signOffMillis() + after.signOffMillis(),
                resolveMillis - before.resolveMillis() + after.resolveMillis(),
                open,
                days,
                due);
    }

    private static int delta(boolean before, boolean after) {
        return (after ? 1 : 0) - (before ? 1 : 0);
    }
}
