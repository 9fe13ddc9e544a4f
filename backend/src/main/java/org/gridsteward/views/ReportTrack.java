package org.gridsteward.views;

import java.time.Instant;
import org.gridsteward.events.report.DispatchAccepted;
import org.gridsteward.events.report.ReportDispatched;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportReopened;
import org.gridsteward.events.report.ReportResolved;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.events.report.ReworkRequested;
import org.gridsteward.report.ReportState;

/**
 * What the grid views remember of one report: its state (folded by the same {@link ReportState} the aggregate
 * uses) and the moments the figures are measured between. {@code resolvedAt} is the standing resolution and is
 * cleared when rework or a reopening undoes it.
 */
public record ReportTrack(
        String reportId,
        ReportState state,
        Instant dispatchedAt,
        Instant signedAt,
        Instant resolvedAt,
        boolean resolvedOnTime,
        Position applied) {

    public static ReportTrack submitted(ReportSubmitted e, Position applied) {
        return new ReportTrack(e.reportId(), ReportState.initial(e), null, null, null, false, applied);
    }

    public ReportTrack apply(ReportEvent e, Position position) {
        ReportState next = state.apply(e);
        Instant dispatched = dispatchedAt;
        Instant signed = signedAt;
        Instant resolved = resolvedAt;
        boolean onTime = resolvedOnTime;
        if (e instanceof ReportDispatched) {
            dispatched = e.at();
            signed = null;
        } else if (e instanceof DispatchAccepted) {
            signed = e.at();
        } else if (e instanceof ReportResolved) {
            resolved = e.at();
            onTime = state.dueAt() == null || !e.at().isAfter(state.dueAt());
        } else if (e instanceof ReworkRequested || e instanceof ReportReopened) {
            resolved = null;
            onTime = false;
        }
        return new ReportTrack(reportId, next, dispatched, signed, resolved, onTime, applied.including(position));
    }
}
