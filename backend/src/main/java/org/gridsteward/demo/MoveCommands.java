package org.gridsteward.demo;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.report.AcceptDispatch;
import org.gridsteward.report.ClassifyReport;
import org.gridsteward.report.CloseReport;
import org.gridsteward.report.DispatchReport;
import org.gridsteward.report.ExtendDeadline;
import org.gridsteward.report.NoteProgress;
import org.gridsteward.report.RateReport;
import org.gridsteward.report.RejectReport;
import org.gridsteward.report.ReportCommand;
import org.gridsteward.report.ReportState;
import org.gridsteward.report.RequestRework;
import org.gridsteward.report.ResolveReport;
import org.gridsteward.report.ReturnDispatch;
import org.gridsteward.report.SuperviseReport;
import org.gridsteward.report.VerifyResolution;

/** A move as the command a person's request would send: the same command, in the same person's name. */
final class MoveCommands {
    private MoveCommands() {}

    /**
     * @param state the report as the move finds it: an extension is counted from its current due time
     * @param at when the command is sent, which is also the time it records
     */
    static ReportCommand of(String reportId, ReportState state, Move move, Actor actor, Instant at) {
        if (move instanceof Move.Classify c) {
            return new ClassifyReport(reportId, c.categoryId(), c.priority(), actor, at);
        }
        if (move instanceof Move.Reject r) {
            return new RejectReport(reportId, r.reason(), actor, at);
        }
        if (move instanceof Move.Dispatch d) {
            return new DispatchReport(reportId, d.departmentId(), d.signOffDueAt(at), d.dueAt(at), d.instructions(), actor, at);
        }
        if (move instanceof Move.Accept a) {
            return new AcceptDispatch(reportId, a.departmentId(), actor, at);
        }
        if (move instanceof Move.Return r) {
            return new ReturnDispatch(reportId, r.departmentId(), r.reason(), actor, at);
        }
        if (move instanceof Move.Extend x) {
            Instant current = state.dueAt() == null ? at : state.dueAt();
            return new ExtendDeadline(reportId, x.newDueAt(current, at), x.reason(), actor, at);
        }
        if (move instanceof Move.Progress p) {
            return new NoteProgress(reportId, p.note(), actor, at);
        }
        if (move instanceof Move.Resolve r) {
            return new ResolveReport(reportId, r.departmentId(), r.resolution(), actor, at);
        }
        if (move instanceof Move.Verify v) {
            return v.passed() ? new VerifyResolution(reportId, v.note(), actor, at) : new RequestRework(reportId, v.note(), actor, at);
        }
        if (move instanceof Move.Rate r) {
            return new RateReport(reportId, r.satisfaction(), r.comment(), actor, at);
        }
        if (move instanceof Move.Close) {
            return new CloseReport(reportId, actor, at);
        }
        if (move instanceof Move.Supervise s) {
            return new SuperviseReport(reportId, s.level(), actor, at);
        }
        throw new IllegalArgumentException("no command for " + move);
    }
}
