package org.gridsteward.api;

import java.time.Instant;
import java.util.List;
import org.gridsteward.report.Status;

/**
 * What a resident sees of their own report through its receipt: where it stands and when each step
 * happened, never who on the staff did it.
 */
public record ResidentReportView(String reportId, Status status, ReportView.Label statusLabel, List<Step> timeline) {

    public record Step(long sequence, String type, Instant at) {}

    static ResidentReportView of(ReportView view) {
        return new ResidentReportView(view.reportId(), view.status(), view.statusLabel(),
                view.timeline().stream().map(e -> new Step(e.sequence(), e.type(), e.at())).toList());
    }

    /** The answer to a submission: the report's number and the receipt with which to follow and rate it. */
    public record Receipt(String reportId, String receipt, Status status, ReportView.Label statusLabel, List<Step> timeline) {
        static Receipt of(ReportView view, String receipt) {
            ResidentReportView seen = ResidentReportView.of(view);
            return new Receipt(view.reportId(), receipt, seen.status(), seen.statusLabel(), seen.timeline());
        }
    }
}
