package org.gridsteward.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.gridsteward.events.Actor;
import org.gridsteward.events.Role;
import org.gridsteward.events.report.Deadline;
import org.gridsteward.events.report.DeadlineApproaching;
import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.events.report.ReportEscalated;
import org.gridsteward.events.report.ResolutionOverdue;
import org.gridsteward.events.report.SignOffOverdue;
import org.gridsteward.events.report.DeadlineExtended;
import org.gridsteward.events.report.DispatchAccepted;
import org.gridsteward.events.report.DispatchReturned;
import org.gridsteward.events.report.ProgressNoted;
import org.gridsteward.events.report.ReportClassified;
import org.gridsteward.events.report.ReportClosed;
import org.gridsteward.events.report.ReportDispatched;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportRated;
import org.gridsteward.events.report.ReportRejected;
import org.gridsteward.events.report.ReportReopened;
import org.gridsteward.events.report.ReportResolved;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.events.report.ResolutionVerified;
import org.gridsteward.events.report.ReworkRequested;
import org.gridsteward.events.report.Satisfaction;

/**
 * Where a report's life is decided. Each handler refuses what it must (status first, then values and
 * references) before it applies anything, so a refused command leaves no trace; state itself changes in
 * {@link ReportState} alone.
 */
public class Report {

    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    /** Photos one report may carry: enough to show a problem from a few sides, few enough for a phone's upload. */
    public static final int MAX_PHOTOS = 4;
    public static final int MAX_TEXT_LENGTH = 1000;
    public static final int MAX_THRESHOLD_LENGTH = 50;

    static final String DISSATISFIED_REASON = "不满意";

    @AggregateIdentifier
    private String reportId;

    private ReportState state;

    private DeadlineMarks marks = DeadlineMarks.NONE;

    protected Report() {
        // for Axon, which rebuilds the report from its events
    }

    @CommandHandler
    public Report(SubmitReport c, CityDirectory city) {
        Check.id("reportId", c.reportId());
        requireActorAndTime(c);
        Check.id("gridId", c.gridId());
        Check.id("categoryId", c.categoryId());
        Check.text("description", c.description(), MAX_DESCRIPTION_LENGTH);
        Check.present("channel", c.channel());
        Check.photos("photoIds", c.photoIds(), MAX_PHOTOS);
        if (!city.isGrid(c.gridId())) {
            throw new UnknownReferenceException("gridId", c.gridId());
        }
        if (c.buildingId() != null && !city.isBuildingOf(c.gridId(), c.buildingId())) {
            throw new UnknownReferenceException("buildingId", c.buildingId());
        }
        if (city.category(c.categoryId()).isEmpty()) {
            throw new UnknownReferenceException("categoryId", c.categoryId());
        }
        apply(c.submitted());
    }

    @CommandHandler
    public void handle(ClassifyReport c, CityDirectory city) {
        expect(c, "classify", Status.SUBMITTED, Status.CLASSIFIED, Status.REOPENED);
        Check.id("categoryId", c.categoryId());
        Check.present("priority", c.priority());
        if (city.category(c.categoryId()).isEmpty()) {
            throw new UnknownReferenceException("categoryId", c.categoryId());
        }
        apply(new ReportClassified(reportId, c.categoryId(), c.priority(), c.actor(), c.at()));
    }

    @CommandHandler
    public void handle(RejectReport c) {
        expect(c, "reject", Status.SUBMITTED, Status.CLASSIFIED);
        Check.text("reason", c.reason(), MAX_TEXT_LENGTH);
        apply(new ReportRejected(reportId, c.reason(), c.actor(), c.at()));
    }

    @CommandHandler
    public void handle(DispatchReport c, CityDirectory city, DeadlinePolicy deadlines) {
        expect(c, "dispatch", Status.CLASSIFIED, Status.REOPENED);
        Check.id("departmentId", c.departmentId());
        Check.optionalText("instructions", c.instructions(), MAX_TEXT_LENGTH);
        requireLater("signOffDueAt", c.signOffDueAt(), c.at(), "the dispatch");
        requireLater("dueAt", c.dueAt(), c.at(), "the dispatch");
        if (!city.isDepartment(c.departmentId())) {
            throw new UnknownReferenceException("departmentId", c.departmentId());
        }
        DeadlinePolicy.DueTimes byPolicy = c.dueAt() != null && c.signOffDueAt() != null
                ? null
                : deadlines.dueTimes(c.at(), windows(city), state.priority());
        Instant dueAt = c.dueAt() != null ? c.dueAt() : byPolicy.resolution();
        Instant signOffDueAt = c.signOffDueAt();
        if (signOffDueAt == null) {
            // An explicit, tight resolution deadline caps the default sign-off: nobody can sign after it is due.
            Instant byWindow = byPolicy.signOff();
            signOffDueAt = byWindow.isAfter(dueAt) ? dueAt : byWindow;
        } else if (signOffDueAt.isAfter(dueAt)) {
            throw new InvalidCommandException("signOffDueAt", "must not be after dueAt " + dueAt);
        }
        apply(new ReportDispatched(
                reportId, c.departmentId(), signOffDueAt, dueAt, c.instructions(), c.actor(), c.at()));
    }

    @CommandHandler
    public void handle(AcceptDispatch c) {
        expect(c, "accept", Status.DISPATCHED);
        requireAssignedDepartment(c.departmentId());
        apply(new DispatchAccepted(reportId, c.departmentId(), c.actor(), c.at()));
    }

    @CommandHandler
    public void handle(ReturnDispatch c) {
        expect(c, "return", Status.DISPATCHED, Status.ACCEPTED);
        requireAssignedDepartment(c.departmentId());
        Check.text("reason", c.reason(), MAX_TEXT_LENGTH);
        apply(new DispatchReturned(reportId, c.departmentId(), c.reason(), c.actor(), c.at()));
    }

    @CommandHandler
    public void handle(ExtendDeadline c) {
        expect(c, "extend", Status.DISPATCHED, Status.ACCEPTED);
        Check.present("newDueAt", c.newDueAt());
        Check.text("reason", c.reason(), MAX_TEXT_LENGTH);
        if (!c.newDueAt().isAfter(state.dueAt())) {
            throw new InvalidCommandException("newDueAt", "must be after the current due time " + state.dueAt());
        }
        requireLater("newDueAt", c.newDueAt(), c.at(), "the extension");
        apply(new DeadlineExtended(reportId, state.dueAt(), c.newDueAt(), c.reason(), c.actor(), c.at()));
    }

    @CommandHandler
    public void handle(NoteProgress c) {
        expect(c, "progress", Status.ACCEPTED);
        Check.text("note", c.note(), MAX_TEXT_LENGTH);
        apply(new ProgressNoted(reportId, c.note(), c.actor(), c.at()));
    }

    @CommandHandler
    public void handle(ResolveReport c) {
        expect(c, "resolve", Status.ACCEPTED);
        requireAssignedDepartment(c.departmentId());
        Check.text("resolution", c.resolution(), MAX_TEXT_LENGTH);
        apply(new ReportResolved(reportId, c.departmentId(), c.resolution(), c.actor(), c.at()));
    }

    @CommandHandler
    public void handle(VerifyResolution c) {
        expect(c, "verify", Status.RESOLVED);
        Check.optionalText("note", c.note(), MAX_TEXT_LENGTH);
        apply(new ResolutionVerified(reportId, c.note(), c.actor(), c.at()));
    }

    @CommandHandler
    public void handle(RequestRework c) {
        expect(c, "rework", Status.RESOLVED);
        Check.text("reason", c.reason(), MAX_TEXT_LENGTH);
        apply(new ReworkRequested(reportId, c.reason(), c.actor(), c.at()));
    }

    @CommandHandler
    public void handle(RateReport c) {
        expect(c, "rate", Status.VERIFIED);
        Check.present("satisfaction", c.satisfaction());
        Check.optionalText("comment", c.comment(), MAX_TEXT_LENGTH);
        apply(new ReportRated(reportId, c.satisfaction(), c.comment(), c.actor(), c.at()));
        if (c.satisfaction() == Satisfaction.DISSATISFIED) {
            // Reopening follows from the rating itself, so no one can rate 不满意 and leave the report closable.
            apply(new ReportReopened(reportId, DISSATISFIED_REASON, Actor.SYSTEM, c.at()));
        }
    }

    @CommandHandler
    public void handle(CloseReport c) {
        expect(c, "close", Status.VERIFIED, Status.RATED, Status.REJECTED);
        apply(new ReportClosed(reportId, c.actor(), c.at()));
    }

    @CommandHandler
    public void handle(WarnDeadline c) {
        requireSystem(c);
        Check.present("deadline", c.deadline());
        Check.present("dueAt", c.dueAt());
        Check.text("threshold", c.threshold(), MAX_THRESHOLD_LENGTH);
        // A warning once the deadline has passed would only repeat what the overdue mark says.
        if (!isCurrent(c.deadline(), c.dueAt()) || !c.at().isBefore(c.dueAt())
                || marks.warned(c.deadline(), c.dueAt(), c.threshold())) {
            return;
        }
        apply(new DeadlineApproaching(
                reportId, state.departmentId(), c.deadline(), c.dueAt(), c.threshold(), c.actor(), c.at()));
    }

    @CommandHandler
    public void handle(MarkOverdue c) {
        requireSystem(c);
        Check.present("deadline", c.deadline());
        Check.present("dueAt", c.dueAt());
        if (c.at().isBefore(c.dueAt())) {
            throw new InvalidCommandException("at", "is before the due time " + c.dueAt());
        }
        if (!isCurrent(c.deadline(), c.dueAt()) || marks.overdue(c.deadline(), c.dueAt())) {
            return;
        }
        apply(c.deadline() == Deadline.SIGN_OFF
                ? new SignOffOverdue(reportId, state.departmentId(), c.dueAt(), c.actor(), c.at())
                : new ResolutionOverdue(reportId, state.departmentId(), c.dueAt(), c.actor(), c.at()));
    }

    @CommandHandler
    public void handle(EscalateReport c) {
        requireSystem(c);
        Check.present("deadline", c.deadline());
        Check.present("dueAt", c.dueAt());
        Check.present("level", c.level());
        if (!isCurrent(c.deadline(), c.dueAt())) {
            return;
        }
        if (!marks.overdue(c.deadline(), c.dueAt())) {
            throw new InvalidCommandException("level", "the " + c.deadline() + " deadline " + c.dueAt() + " is not overdue");
        }
        Optional<EscalationLevel> reached = marks.escalation(c.deadline(), c.dueAt());
        if (reached.isPresent() && c.level().compareTo(reached.get()) <= 0) {
            return;
        }
        EscalationLevel next = reached.map(l -> EscalationLevel.values()[l.ordinal() + 1]).orElse(EscalationLevel.COMMUNITY);
        if (c.level() != next) {
            throw new InvalidCommandException("level", "must be " + next + ", the next level up");
        }
        apply(new ReportEscalated(
                reportId, state.departmentId(), c.deadline(), c.dueAt(), c.level(), c.actor(), c.at()));
    }

    @CommandHandler
    public void handle(SuperviseReport c) {
        expect(c, "escalate", Status.DISPATCHED, Status.ACCEPTED);
        Check.present("level", c.level());
        // While it waits for sign-off, that is the deadline being missed; once signed for, the resolution.
        Deadline deadline = state.status() == Status.DISPATCHED ? Deadline.SIGN_OFF : Deadline.RESOLUTION;
        Instant dueAt = deadline == Deadline.SIGN_OFF ? state.signOffDueAt() : state.dueAt();
        Optional<EscalationLevel> reached = marks.escalation(deadline, dueAt);
        if (reached.isPresent() && c.level().compareTo(reached.get()) <= 0) {
            throw new IllegalTransitionException(reportId, "escalate to " + c.level() + " (already supervised at "
                    + reached.get() + ")", state.status());
        }
        apply(new ReportEscalated(reportId, state.departmentId(), deadline, dueAt, c.level(), c.actor(), c.at()));
    }

    @EventSourcingHandler
    void on(ReportEvent e) {
        marks = marks.apply(e);
        if (e instanceof ReportSubmitted submitted) {
            reportId = submitted.reportId();
            state = ReportState.initial(submitted);
        } else {
            state = state.apply(e);
        }
    }

    ReportState state() {
        return state;
    }

    private void expect(ReportCommand c, String action, Status... allowed) {
        if (!Arrays.asList(allowed).contains(state.status())) {
            throw new IllegalTransitionException(reportId, action, state.status());
        }
        requireActorAndTime(c);
    }

    /** Whether {@code deadline} due at {@code dueAt} is still the one the current stage is held to. */
    private boolean isCurrent(Deadline deadline, Instant dueAt) {
        return switch (deadline) {
            case SIGN_OFF -> state.status() == Status.DISPATCHED && dueAt.equals(state.signOffDueAt());
            case RESOLUTION -> (state.status() == Status.DISPATCHED || state.status() == Status.ACCEPTED)
                    && dueAt.equals(state.dueAt());
        };
    }

    private static void requireSystem(ReportCommand c) {
        requireActorAndTime(c);
        if (c.actor().role() != Role.SYSTEM) {
            throw new InvalidCommandException("actor", "must be the system; deadlines are judged, not declared");
        }
    }

    private static void requireActorAndTime(ReportCommand c) {
        Check.present("actor", c.actor());
        Check.present("at", c.at());
    }

    private void requireAssignedDepartment(String departmentId) {
        Check.id("departmentId", departmentId);
        if (!departmentId.equals(state.departmentId())) {
            throw new InvalidCommandException(
                    "departmentId", "is not the department the report is dispatched to (" + state.departmentId() + ")");
        }
    }

    private static void requireLater(String field, Instant value, Instant at, String what) {
        if (value != null && !value.isAfter(at)) {
            throw new InvalidCommandException(field, "must be after the time of " + what + " (" + at + ")");
        }
    }

    private CategoryWindows windows(CityDirectory city) {
        return city.category(state.categoryId())
                .orElseThrow(() -> new UnknownReferenceException("categoryId", state.categoryId()));
    }
}
