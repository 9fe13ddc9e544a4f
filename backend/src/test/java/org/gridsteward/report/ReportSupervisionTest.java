package org.gridsteward.report;

import static org.gridsteward.report.ReportHistory.DISPATCHED_DUE;
import static org.gridsteward.report.ReportHistory.DISPATCHED_SIGN_OFF_DUE;
import static org.gridsteward.report.ReportHistory.NOW;
import static org.gridsteward.report.ReportHistory.REPORT;
import static org.gridsteward.report.ReportHistory.hours;
import static org.gridsteward.report.ReportHistory.leadingTo;
import static org.gridsteward.report.TestCity.HOUSING;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.gridsteward.events.Actor;
import org.gridsteward.events.Role;
import org.gridsteward.events.report.Deadline;
import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.events.report.ReportEscalated;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ResolutionOverdue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 督办 by a supervisor's office: on the deadline the report is running against, above any level reached. */
class ReportSupervisionTest {
    private static final Actor SUPERVISOR = new Actor("supervisor-dongcheng", Role.SUPERVISOR);

    private AggregateTestFixture<Report> fixture;

    @BeforeEach
    void setUp() {
        fixture = ReportHistory.fixture();
    }

    @Test
    void aReportAwaitingSignOffIsSupervisedOnItsSignOffDeadline() {
        fixture.given(leadingTo(Status.DISPATCHED))
                .when(new SuperviseReport(REPORT, EscalationLevel.STREET, SUPERVISOR, NOW))
                .expectEvents(new ReportEscalated(REPORT, HOUSING, Deadline.SIGN_OFF, DISPATCHED_SIGN_OFF_DUE,
                        EscalationLevel.STREET, SUPERVISOR, NOW));
    }

    @Test
    void aSignedForReportIsSupervisedOnItsResolutionDeadlineBeforeItIsOverdue() {
        fixture.given(leadingTo(Status.ACCEPTED))
                .when(new SuperviseReport(REPORT, EscalationLevel.COMMUNITY, SUPERVISOR, NOW))
                .expectEvents(new ReportEscalated(REPORT, HOUSING, Deadline.RESOLUTION, DISPATCHED_DUE,
                        EscalationLevel.COMMUNITY, SUPERVISOR, NOW));
    }

    @Test
    void aLevelAlreadyReachedIsRefused() {
        fixture.given(leadingTo(Status.ACCEPTED,
                        new ResolutionOverdue(REPORT, HOUSING, DISPATCHED_DUE, Actor.SYSTEM, DISPATCHED_DUE),
                        new ReportEscalated(REPORT, HOUSING, Deadline.RESOLUTION, DISPATCHED_DUE,
                                EscalationLevel.STREET, Actor.SYSTEM, hours(80))))
                .when(new SuperviseReport(REPORT, EscalationLevel.COMMUNITY, SUPERVISOR, hours(81)))
                .expectException(IllegalTransitionException.class)
                .expectNoEvents();
    }

    @Test
    void aReportWithNoDeadlineRunningCannotBeSupervised() {
        for (Status status : List.of(Status.SUBMITTED, Status.CLASSIFIED, Status.RESOLVED)) {
            ReportHistory.fixture().given(leadingTo(status))
                    .when(new SuperviseReport(REPORT, EscalationLevel.CITY, SUPERVISOR, NOW))
                    .expectException(IllegalTransitionException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void theTrackerContinuesFromTheLevelASupervisorReached() {
        fixture.given(leadingTo(Status.ACCEPTED,
                        new ReportEscalated(REPORT, HOUSING, Deadline.RESOLUTION, DISPATCHED_DUE,
                                EscalationLevel.STREET, SUPERVISOR, NOW),
                        new ResolutionOverdue(REPORT, HOUSING, DISPATCHED_DUE, Actor.SYSTEM, DISPATCHED_DUE)))
                .when(new EscalateReport(REPORT, Deadline.RESOLUTION, DISPATCHED_DUE, EscalationLevel.COMMUNITY,
                        Actor.SYSTEM, hours(80)))
                .expectNoEvents();
    }
}
