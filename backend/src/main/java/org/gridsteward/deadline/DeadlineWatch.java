package org.gridsteward.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gridsteward.events.report.Deadline;
import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.events.report.ReportDispatched;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.org.HoursKind;
import org.gridsteward.report.CategoryWindows;
import org.gridsteward.report.CityDirectory;
import org.gridsteward.report.DeadlineMarks;
import org.gridsteward.report.ReportState;
import org.gridsteward.report.Status;

/**
 * What the tracker knows of one report, folded from its events exactly as the aggregate folds them (the same
 * {@link ReportState} and {@link DeadlineMarks}), so the tracker never asks for something the report would not
 * record. {@code dispatchedAt} starts the current windows.
 */
public record DeadlineWatch(String reportId, ReportState report, Instant dispatchedAt, DeadlineMarks marks) {

    public static DeadlineWatch start(ReportSubmitted submitted) {
        return new DeadlineWatch(submitted.reportId(), ReportState.initial(submitted), null, DeadlineMarks.NONE);
    }

    public DeadlineWatch apply(ReportEvent e) {
        return new DeadlineWatch(
                reportId,
                report.apply(e),
                e instanceof ReportDispatched ? e.at() : dispatchedAt,
                marks.apply(e));
    }

    /** A report that can never be dispatched again needs no watching. */
    public boolean finished() {
        return report.status() == Status.CLOSED || report.status() == Status.REJECTED;
    }

    /** Everything still to be asked of this report, earliest first; empty while no department holds it. */
    public List<Trigger> pending(DeadlineSettings settings, BusinessCalendar calendar, CityDirectory city) {
        List<Trigger> triggers = new ArrayList<>();
        Status status = report.status();
        if (status == Status.DISPATCHED) {
            addFor(Deadline.SIGN_OFF, report.signOffDueAt(), settings, calendar, city, triggers);
        }
        if (status == Status.DISPATCHED || status == Status.ACCEPTED) {
            addFor(Deadline.RESOLUTION, report.dueAt(), settings, calendar, city, triggers);
        }
        triggers.sort(Comparator.comparing(Trigger::at));
        return triggers;
    }

    private void addFor(
            Deadline deadline, Instant due, DeadlineSettings settings, BusinessCalendar calendar, CityDirectory city,
            List<Trigger> triggers) {
        if (due == null) {
            return;
        }
        if (!marks.overdue(deadline, due)) {
            HoursKind kind = city.category(report.categoryId()).map(CategoryWindows::hoursKind).orElse(HoursKind.CALENDAR);
            for (WarningThreshold w : settings.warnings()) {
                if (marks.warned(deadline, due, w.name())) {
                    continue;
                }
                Instant at = w.instant(dispatchedAt, due, kind, calendar);
                // A threshold the window is too short for would only warn at the moment of dispatch.
                if (at.isAfter(dispatchedAt) && at.isBefore(due)) {
                    triggers.add(new Trigger(at, Trigger.Kind.WARN, deadline, due, w.name(), null));
                }
            }
            triggers.add(new Trigger(due, Trigger.Kind.OVERDUE, deadline, due, null, null));
            return;
        }
        Optional<EscalationLevel> reached = marks.escalation(deadline, due);
        if (reached.isPresent() && reached.get().ordinal() == EscalationLevel.values().length - 1) {
            return;
        }
        EscalationLevel next = reached.map(l -> EscalationLevel.values()[l.ordinal() + 1]).orElse(EscalationLevel.COMMUNITY);
        triggers.add(new Trigger(
                due.plus(settings.escalationAfter(next)), Trigger.Kind.ESCALATE, deadline, due, null, next));
    }
}
