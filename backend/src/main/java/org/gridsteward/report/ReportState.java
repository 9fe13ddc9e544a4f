package org.gridsteward.report;

import java.time.Instant;
import org.gridsteward.events.report.DeadlineApproaching;
import org.gridsteward.events.report.DeadlineExtended;
import org.gridsteward.events.report.DispatchAccepted;
import org.gridsteward.events.report.DispatchReturned;
import org.gridsteward.events.report.ProgressNoted;
import org.gridsteward.events.report.Priority;
import org.gridsteward.events.report.ReportClassified;
import org.gridsteward.events.report.ReportClosed;
import org.gridsteward.events.report.ReportEscalated;
import org.gridsteward.events.report.ReportDispatched;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportRated;
import org.gridsteward.events.report.ReportRejected;
import org.gridsteward.events.report.ReportReopened;
import org.gridsteward.events.report.ReportResolved;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.events.report.ResolutionOverdue;
import org.gridsteward.events.report.ResolutionVerified;
import org.gridsteward.events.report.ReworkRequested;
import org.gridsteward.events.report.Satisfaction;
import org.gridsteward.events.report.SignOffOverdue;

/**
 * A report as its history leaves it. The aggregate and the read side both fold events through {@link #apply},
 * so the two can never disagree about what an event means.
 *
 * <p>{@code departmentId}, {@code signOffDueAt} and {@code dueAt} describe the current assignment and are null
 * while no department holds the report (before dispatch, after a return or a reopening). {@code priority} is
 * null until the report is classified; {@code lastSatisfaction} until it is rated.
 */
public record ReportState(
        Status status,
        String gridId,
        String buildingId,
        String categoryId,
        Priority priority,
        String departmentId,
        Instant signOffDueAt,
        Instant dueAt,
        Instant submittedAt,
        Satisfaction lastSatisfaction,
        int returns,
        int extensions,
        int reworks,
        int reopenings) {

    public static ReportState initial(ReportSubmitted e) {
        return new ReportState(
                Status.SUBMITTED, e.gridId(), e.buildingId(), e.categoryId(), null,
                null, null, null, e.at(), null, 0, 0, 0, 0);
    }

    /**
     * Events are facts the aggregate already decided, so nothing here re-checks a rule; only a stream no
     * aggregate could have written is refused.
     */
    public ReportState apply(ReportEvent e) {
        if (e instanceof ReportSubmitted) {
            // Two submissions in one stream mean the log is corrupt; folding on would hide it.
            throw new IllegalArgumentException("report " + e.reportId() + " was already submitted");
        }
        if (e instanceof ReportClassified c) {
            return new ReportState(
                    Status.CLASSIFIED, gridId, buildingId, c.categoryId(), c.priority(), departmentId,
                    signOffDueAt, dueAt, submittedAt, lastSatisfaction, returns, extensions, reworks, reopenings);
        }
        if (e instanceof ReportRejected) {
            return withStatus(Status.REJECTED);
        }
        if (e instanceof ReportDispatched d) {
            return assigned(Status.DISPATCHED, d.departmentId(), d.signOffDueAt(), d.dueAt());
        }
        if (e instanceof DispatchAccepted) {
            return withStatus(Status.ACCEPTED);
        }
        if (e instanceof DispatchReturned) {
            return assigned(Status.CLASSIFIED, null, null, null).counted(returns + 1, extensions, reworks, reopenings);
        }
        if (e instanceof DeadlineExtended x) {
            return assigned(status, departmentId, signOffDueAt, x.newDueAt())
                    .counted(returns, extensions + 1, reworks, reopenings);
        }
        if (e instanceof ProgressNoted) {
            return this;
        }
        if (e instanceof DeadlineApproaching || e instanceof SignOffOverdue || e instanceof ResolutionOverdue
                || e instanceof ReportEscalated) {
            // Warnings, overdue marks and escalations are judgements about the handling, not steps in it.
            return this;
        }
        if (e instanceof ReportResolved) {
            return withStatus(Status.RESOLVED);
        }
        if (e instanceof ResolutionVerified) {
            return withStatus(Status.VERIFIED);
        }
        if (e instanceof ReworkRequested) {
            return withStatus(Status.ACCEPTED).counted(returns, extensions, reworks + 1, reopenings);
        }
        if (e instanceof ReportRated r) {
            return new ReportState(
                    Status.RATED, gridId, buildingId, categoryId, priority, departmentId,
                    signOffDueAt, dueAt, submittedAt, r.satisfaction(), returns, extensions, reworks, reopenings);
        }
        if (e instanceof ReportReopened) {
            return assigned(Status.REOPENED, null, null, null).counted(returns, extensions, reworks, reopenings + 1);
        }
        if (e instanceof ReportClosed) {
            return withStatus(Status.CLOSED);
        }
        throw new IllegalArgumentException("unhandled report event " + e.getClass().getName());
    }

    private ReportState withStatus(Status next) {
        return assigned(next, departmentId, signOffDueAt, dueAt);
    }

    private ReportState assigned(Status next, String department, Instant signOffDue, Instant due) {
        return new ReportState(
                next, gridId, buildingId, categoryId, priority, department,
                signOffDue, due, submittedAt, lastSatisfaction, returns, extensions, reworks, reopenings);
    }

    private ReportState counted(int returns, int extensions, int reworks, int reopenings) {
        return new ReportState(
                status, gridId, buildingId, categoryId, priority, departmentId,
                signOffDueAt, dueAt, submittedAt, lastSatisfaction, returns, extensions, reworks, reopenings);
    }
}
