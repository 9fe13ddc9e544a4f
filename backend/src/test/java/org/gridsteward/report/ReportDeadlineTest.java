package org.gridsteward.report;

import static org.gridsteward.report.ReportHistory.DISPATCHED_DUE;
import static org.gridsteward.report.ReportHistory.DISPATCHED_SIGN_OFF_DUE;
import static org.gridsteward.report.ReportHistory.DISPATCHER;
import static org.gridsteward.report.ReportHistory.HANDLER;
import static org.gridsteward.report.ReportHistory.NOW;
import static org.gridsteward.report.ReportHistory.REPORT;
import static org.gridsteward.report.ReportHistory.hours;
import static org.gridsteward.report.ReportHistory.leadingTo;
import static org.gridsteward.report.TestCity.HOUSING;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.gridsteward.events.Actor;
import org.gridsteward.events.report.Deadline;
import org.gridsteward.events.report.DeadlineApproaching;
import org.gridsteward.events.report.DeadlineExtended;
import org.gridsteward.events.report.DispatchReturned;
import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.events.report.ReportEscalated;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ResolutionOverdue;
import org.gridsteward.events.report.SignOffOverdue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Warnings, overdue marks and escalations: each recorded once per deadline, and only while it still applies. */
class ReportDeadlineTest {
    private static final Actor SYSTEM = Actor.SYSTEM;

    private AggregateTestFixture<Report> fixture;

    @BeforeEach
    void setUp() {
        fixture = ReportHistory.fixture();
    }

    private static ResolutionOverdue resolutionOverdue() {
        return new ResolutionOverdue(REPORT, HOUSING, DISPATCHED_DUE, SYSTEM, DISPATCHED_DUE);
    }

    private static ReportEscalated escalated(EscalationLevel level) {
        return new ReportEscalated(REPORT, HOUSING, Deadline.RESOLUTION, DISPATCHED_DUE, level, SYSTEM, hours(80));
    }

    @Test
    void aWarningRecordsThatTheDeadlineIsApproaching() {
        fixture.given(leadingTo(Status.ACCEPTED))
                .when(new WarnDeadline(REPORT, Deadline.RESOLUTION, DISPATCHED_DUE, "75%", SYSTEM, NOW))
                .expectEvents(new DeadlineApproaching(
                        REPORT, HOUSING, Deadline.RESOLUTION, DISPATCHED_DUE, "75%", SYSTEM, NOW));
    }

    @Test
    void aRepeatedWarningRecordsNothing() {
        fixture.given(leadingTo(Status.ACCEPTED, new DeadlineApproaching(
                        REPORT, HOUSING, Deadline.RESOLUTION, DISPATCHED_DUE, "75%", SYSTEM, hours(9))))
                .when(new WarnDeadline(REPORT, Deadline.RESOLUTION, DISPATCHED_DUE, "75%", SYSTEM, NOW))
                .expectNoEvents();
    }

    @Test
    void aSecondThresholdOfTheSameDeadlineIsItsOwnWarning() {
        fixture.given(leadingTo(Status.ACCEPTED, new DeadlineApproaching(
                        REPORT, HOUSING, Deadline.RESOLUTION, DISPATCHED_DUE, "75%", SYSTEM, hours(9))))
                .when(new WarnDeadline(REPORT, Deadline.RESOLUTION, DISPATCHED_DUE, "4h", SYSTEM, NOW))
                .expectEvents(new DeadlineApproaching(
                        REPORT, HOUSING, Deadline.RESOLUTION, DISPATCHED_DUE, "4h", SYSTEM, NOW));
    }

    @Test
    void aWarningForADeadlineThatWasExtendedRecordsNothing() {
        fixture.given(leadingTo(Status.ACCEPTED,
                        new DeadlineExtended(REPORT, DISPATCHED_DUE, hours(120), "需协调车主", HANDLER, hours(4))))
                .when(new WarnDeadline(REPORT, Deadline.RESOLUTION, DISPATCHED_DUE, "75%", SYSTEM, NOW))
                .expectNoEvents();
    }

    @Test
    void aSignOffWarningAfterTheSignOffRecordsNothing() {
        fixture.given(leadingTo(Status.ACCEPTED))
                .when(new WarnDeadline(REPORT, Deadline.SIGN_OFF, DISPATCHED_SIGN_OFF_DUE, "75%", SYSTEM, hours(3)))
                .expectNoEvents();
    }

    @Test
    void aWarningOnceTheDeadlineHasPassedRecordsNothing() {
        fixture.given(leadingTo(Status.ACCEPTED))
                .when(new WarnDeadline(REPORT, Deadline.RESOLUTION, DISPATCHED_DUE, "4h", SYSTEM, DISPATCHED_DUE))
                .expectNoEvents();
    }

    @Test
    void anUnsignedReportAtItsSignOffTimeIsSignOffOverdue() {
        fixture.given(leadingTo(Status.DISPATCHED))
                .when(new MarkOverdue(REPORT, Deadline.SIGN_OFF, DISPATCHED_SIGN_OFF_DUE, SYSTEM, DISPATCHED_SIGN_OFF_DUE))
                .expectEvents(new SignOffOverdue(REPORT, HOUSING, DISPATCHED_SIGN_OFF_DUE, SYSTEM, DISPATCHED_SIGN_OFF_DUE));
    }

    @Test
    void anUnresolvedReportAtItsDueTimeIsResolutionOverdue() {
        fixture.given(leadingTo(Status.ACCEPTED))
                .when(new MarkOverdue(REPORT, Deadline.RESOLUTION, DISPATCHED_DUE, SYSTEM, DISPATCHED_DUE))
                .expectEvents(resolutionOverdue());
    }

    @Test
    void aDeadlineIsMarkedOverdueOnlyOnce() {
        fixture.given(leadingTo(Status.ACCEPTED, resolutionOverdue()))
                .when(new MarkOverdue(REPORT, Deadline.RESOLUTION, DISPATCHED_DUE, SYSTEM, hours(75)))
                .expectNoEvents();
    }

    @Test
    void aReportResolvedBeforeItsDeadlineIsNeverOverdue() {
        fixture.given(leadingTo(Status.RESOLVED))
                .when(new MarkOverdue(REPORT, Deadline.RESOLUTION, DISPATCHED_DUE, SYSTEM, DISPATCHED_DUE))
                .expectNoEvents();
    }

    @Test
    void markingOverdueBeforeTheDueTimeIsRefused() {
        fixture.given(leadingTo(Status.ACCEPTED))
                .when(new MarkOverdue(REPORT, Deadline.RESOLUTION, DISPATCHED_DUE, SYSTEM, NOW))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("at is before the due time"));
    }

    @Test
    void aNewDispatchIsJudgedAfreshEvenWithTheSameDueTime() {
        fixture.given(leadingTo(Status.ACCEPTED, resolutionOverdue(),
                        new DispatchReturned(REPORT, HOUSING, "不属于本部门职责", HANDLER, hours(75)),
                        ReportHistory.dispatched()))
                .when(new MarkOverdue(REPORT, Deadline.RESOLUTION, DISPATCHED_DUE, SYSTEM, hours(76)))
                .expectEvents(new ResolutionOverdue(REPORT, HOUSING, DISPATCHED_DUE, SYSTEM, hours(76)));
    }

    @Test
    void anOverdueReportIsEscalatedToTheCommunityFirst() {
        fixture.given(leadingTo(Status.ACCEPTED, resolutionOverdue()))
                .when(new EscalateReport(REPORT, Deadline.RESOLUTION, DISPATCHED_DUE, EscalationLevel.COMMUNITY,
                        SYSTEM, hours(80)))
                .expectEvents(escalated(EscalationLevel.COMMUNITY));
    }

    @Test
    void escalationClimbsOneLevelAtATime() {
        fixture.given(leadingTo(Status.ACCEPTED, resolutionOverdue(), escalated(EscalationLevel.COMMUNITY)))
                .when(new EscalateReport(REPORT, Deadline.RESOLUTION, DISPATCHED_DUE, EscalationLevel.STREET,
                        SYSTEM, hours(80)))
                .expectEvents(escalated(EscalationLevel.STREET));
    }

    @Test
    void escalationThatSkipsALevelIsRefused() {
        fixture.given(leadingTo(Status.ACCEPTED, resolutionOverdue()))
                .when(new EscalateReport(REPORT, Deadline.RESOLUTION, DISPATCHED_DUE, EscalationLevel.CITY,
                        SYSTEM, hours(80)))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void aLevelAlreadyReachedRecordsNothing() {
        fixture.given(leadingTo(Status.ACCEPTED, resolutionOverdue(), escalated(EscalationLevel.COMMUNITY)))
                .when(new EscalateReport(REPORT, Deadline.RESOLUTION, DISPATCHED_DUE, EscalationLevel.COMMUNITY,
                        SYSTEM, hours(81)))
                .expectNoEvents();
    }

    @Test
    void aReportThatIsNotOverdueCannotBeEscalated() {
        fixture.given(leadingTo(Status.ACCEPTED))
                .when(new EscalateReport(REPORT, Deadline.RESOLUTION, DISPATCHED_DUE, EscalationLevel.COMMUNITY,
                        SYSTEM, hours(80)))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void anEscalationOfAReportResolvedMeanwhileRecordsNothing() {
        fixture.given(leadingTo(Status.RESOLVED, resolutionOverdue()))
                .when(new EscalateReport(REPORT, Deadline.RESOLUTION, DISPATCHED_DUE, EscalationLevel.COMMUNITY,
                        SYSTEM, hours(80)))
                .expectNoEvents();
    }

    @Test
    void onlyTheSystemJudgesDeadlines() {
        fixture.given(leadingTo(Status.ACCEPTED))
                .when(new MarkOverdue(REPORT, Deadline.RESOLUTION, DISPATCHED_DUE, DISPATCHER, DISPATCHED_DUE))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("actor must be the system"));
    }
}
