package org.gridsteward.views;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.events.report.ReportDispatched;
import org.gridsteward.events.report.ReportEscalated;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.events.report.Reporter;
import org.gridsteward.report.ReportState;
import org.gridsteward.report.Status;

/**
 * What a list of reports shows of one report, folded from its events by the same {@link ReportState} the
 * aggregate uses. The reporter is kept as the log holds it (encrypted), so a list masks it when read and an
 * erased resident is never shown. {@code lastDepartmentId} is the department holding the report, or the last
 * one that did; {@code departmentsHeld} every department it was ever dispatched to, in order;
 * {@code escalation} the highest 督办 level since the latest dispatch.
 */
public record ReportSummary(
        String reportId,
        ReportState state,
        String description,
        Reporter reporter,
        Instant lastEventAt,
        String lastDepartmentId,
        List<String> departmentsHeld,
        EscalationLevel escalation,
        Position applied) {

    private static final List<Status> FINISHED = List.of(Status.REJECTED, Status.CLOSED);

    public ReportSummary {
        departmentsHeld = departmentsHeld == null ? List.of() : List.copyOf(departmentsHeld);
    }

    public static ReportSummary submitted(ReportSubmitted e, Position applied) {
        return new ReportSummary(e.reportId(), ReportState.initial(e), e.description(), e.reporter(), e.at(),
                null, List.of(), null, applied);
    }

    public ReportSummary apply(ReportEvent e, Position position) {
        String department = lastDepartmentId;
        List<String> held = departmentsHeld;
        EscalationLevel level = escalation;
        if (e instanceof ReportDispatched d) {
            department = d.departmentId();
            level = null;
            if (!held.contains(d.departmentId())) {
                held = new ArrayList<>(held);
                held.add(d.departmentId());
            }
        } else if (e instanceof ReportEscalated x && (level == null || x.level().compareTo(level) > 0)) {
            level = x.level();
        }
        return new ReportSummary(reportId, state.apply(e), description, reporter, e.at(), department, held, level,
                applied.including(position));
    }

    /** Not yet rejected or closed: the same "open" as the wall's figures. */
    public boolean open() {
        return !FINISHED.contains(state.status());
    }

    /** When the stage the report is in must be done: signing for it while dispatched, resolving it once signed. */
    public Instant stageDueAt() {
        return switch (state.status()) {
            case DISPATCHED -> state.signOffDueAt() != null ? state.signOffDueAt() : state.dueAt();
            case ACCEPTED -> state.dueAt();
            default -> null;
        };
    }

    /** Open and past the due time of its stage. */
    public boolean overdueAt(Instant now) {
        Instant due = stageDueAt();
        return open() && due != null && now.isAfter(due);
    }

    /** The order lists keep, newest first. */
    public ListEntry entry() {
        return new ListEntry(state.submittedAt().toEpochMilli(), reportId);
    }
}
