package org.gridsteward.demo;

import java.time.Instant;
import java.util.List;
import org.gridsteward.events.Role;
import org.gridsteward.events.report.ProgressNoted;
import org.gridsteward.events.report.ReportEscalated;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.report.ReportState;
import org.gridsteward.report.Status;

/**
 * A report as the simulator needs to see it, folded from its history in the log: its state, since when it has
 * been in its status, the progress notes and the supervision (督办) it has had in that status.
 */
public record SimulatedReport(String reportId, ReportState state, Instant statusSince, int notes, boolean supervised) {

    public static SimulatedReport fold(String reportId, List<? extends ReportEvent> history) {
        if (history.isEmpty() || !(history.get(0) instanceof ReportSubmitted submitted)) {
            throw new IllegalArgumentException("report " + reportId + " has no submission");
        }
        ReportState state = ReportState.initial(submitted);
        Instant since = submitted.at();
        int notes = 0;
        boolean supervised = false;
        for (ReportEvent event : history.subList(1, history.size())) {
            ReportState next = state.apply(event);
            if (next.status() != state.status()) {
                since = event.at();
                notes = 0;
                supervised = false;
            }
            if (event instanceof ProgressNoted) {
                notes++;
            }
            if (event instanceof ReportEscalated && event.actor().role() != Role.SYSTEM) {
                supervised = true;
            }
            state = next;
        }
        return new SimulatedReport(reportId, state, since, notes, supervised);
    }

    public Status status() {
        return state.status();
    }

    public boolean isOpen() {
        return state.status() != Status.CLOSED;
    }
}
