package org.gridsteward.views;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.gridsteward.events.report.Satisfaction;
import org.gridsteward.report.Status;

/**
 * What one report adds to the figures of every scope it lies in. A scope's tally is the sum of its reports'
 * contributions, so an event changes a tally by exactly (after − before) of the report it concerns.
 */
record Contribution(
        Status openStatus,
        boolean rejected,
        boolean resolved,
        boolean resolvedOnTime,
        boolean rated,
        boolean satisfied,
        long signOffMillis,
        boolean signed,
        long resolveMillis,
        String submittedDay,
        DeadlineEntry deadline) {

    static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Set<Status> FINISHED = Set.of(Status.REJECTED, Status.CLOSED);

    static final Contribution NONE = new Contribution(null, false, false, false, false, false, 0, false, 0, null, null);

    static Contribution of(ReportTrack track) {
        if (track == null) {
            return NONE;
        }
        var state = track.state();
        boolean open = !FINISHED.contains(state.status());
        boolean resolved = track.resolvedAt() != null;
        boolean signed = track.signedAt() != null && track.dispatchedAt() != null;
        Satisfaction rating = state.lastSatisfaction();
        DeadlineEntry deadline = open && !resolved && state.dueAt() != null
                ? new DeadlineEntry(track.reportId(), state.gridId(), state.categoryId(), state.status(), state.dueAt())
                : null;
        return new Contribution(
                open ? state.status() : null,
                state.status() == Status.REJECTED,
                resolved,
                resolved && track.resolvedOnTime(),
                rating != null,
                rating == Satisfaction.SATISFIED || rating == Satisfaction.BASICALLY_SATISFIED,
                signed ? Duration.between(track.dispatchedAt(), track.signedAt()).toMillis() : 0,
                signed,
                resolved ? Duration.between(state.submittedAt(), track.resolvedAt()).toMillis() : 0,
                LocalDate.ofInstant(state.submittedAt(), CITY_ZONE).toString(),
                deadline);
    }
}
