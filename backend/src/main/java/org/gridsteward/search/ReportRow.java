package org.gridsteward.search;

import java.time.Instant;
import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.events.report.Priority;
import org.gridsteward.report.Status;
import org.gridsteward.views.ReporterMasks;
import org.gridsteward.views.ReportSummary;

/**
 * One row of an operator's list. The reporter is always masked, whoever reads the list: clear details are for
 * reading one report, where each reading is recorded. {@code dueAt} is the due time of the stage the report is
 * in (signing for it, or resolving it), null in other stages; {@code departmentId} the department holding it or
 * the last one that did.
 */
public record ReportRow(
        String reportId,
        Status status,
        String statusZh,
        String statusEn,
        String gridId,
        String buildingId,
        String categoryId,
        Priority priority,
        String departmentId,
        Instant submittedAt,
        Instant lastEventAt,
        Instant dueAt,
        boolean overdue,
        String description,
        ReporterMasks.Masked reporter,
        EscalationLevel escalation) {

    static final int DESCRIPTION_SHOWN = 120;

    static ReportRow of(ReportSummary summary, Instant now, ReporterMasks masks) {
        var state = summary.state();
        return new ReportRow(summary.reportId(), state.status(), state.status().zh(), state.status().en(),
                state.gridId(), state.buildingId(), state.categoryId(), state.priority(), summary.lastDepartmentId(),
                state.submittedAt(), summary.lastEventAt(), summary.stageDueAt(), summary.overdueAt(now),
                shortened(summary.description()), summary.reporter() == null ? null : masks.mask(summary.reporter()),
                summary.escalation());
    }

    /** The first {@value #DESCRIPTION_SHOWN} characters (whole code points), with an ellipsis when cut. */
    static String shortened(String text) {
        if (text == null || text.codePointCount(0, text.length()) <= DESCRIPTION_SHOWN) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, DESCRIPTION_SHOWN)) + "…";
    }
}
