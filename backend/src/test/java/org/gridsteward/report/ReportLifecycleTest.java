package org.gridsteward.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsteward.report.ReportHistory.DISPATCHED_DUE;
import static org.gridsteward.report.ReportHistory.DISPATCHED_SIGN_OFF_DUE;
import static org.gridsteward.report.ReportHistory.DISPATCHER;
import static org.gridsteward.report.ReportHistory.GRID_WORKER;
import static org.gridsteward.report.ReportHistory.HANDLER;
import static org.gridsteward.report.ReportHistory.NOW;
import static org.gridsteward.report.ReportHistory.REPORT;
import static org.gridsteward.report.ReportHistory.RESIDENT;
import static org.gridsteward.report.ReportHistory.T0;
import static org.gridsteward.report.ReportHistory.hours;
import static org.gridsteward.report.ReportHistory.leadingTo;
import static org.gridsteward.report.TestCity.BUILDING;
import static org.gridsteward.report.TestCity.CITY_MANAGEMENT;
import static org.gridsteward.report.TestCity.GARBAGE;
import static org.gridsteward.report.TestCity.GRID;
import static org.gridsteward.report.TestCity.HOUSING;
import static org.gridsteward.report.TestCity.PARKING;

import java.time.Duration;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.gridsteward.events.Actor;
import org.gridsteward.events.report.Channel;
import org.gridsteward.events.report.DeadlineExtended;
import org.gridsteward.events.report.DispatchAccepted;
import org.gridsteward.events.report.DispatchReturned;
import org.gridsteward.events.report.Priority;
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
import org.gridsteward.events.report.Reporter;
import org.gridsteward.events.report.ResolutionVerified;
import org.gridsteward.events.report.ReworkRequested;
import org.gridsteward.events.report.Satisfaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each legal step of a report's life: the event it records and the state it leaves. */
class ReportLifecycleTest {

    private AggregateTestFixture<Report> fixture;

    @BeforeEach
    void setUp() {
        fixture = ReportHistory.fixture();
    }

    @Test
    void submitRecordsTheReport() {
        var reporter = new Reporter("resident-1", "v1.c2VhbGVkLW5hbWU", "v1.c2VhbGVkLXBob25l");
        fixture.givenNoPriorActivity()
                .when(new SubmitReport(
                        REPORT, GRID, BUILDING, PARKING, "楼下消防通道被私家车长期占用", Channel.RESIDENT_APP,
                        reporter, RESIDENT, T0))
                .expectEvents(new ReportSubmitted(
                        REPORT, GRID, BUILDING, PARKING, "楼下消防通道被私家车长期占用", Channel.RESIDENT_APP,
                        reporter, RESIDENT, T0))
                .expectState(report -> {
                    assertThat(report.state().status()).isEqualTo(Status.SUBMITTED);
                    assertThat(report.state().submittedAt()).isEqualTo(T0);
                });
    }

    @Test
    void submitWithoutBuildingOrReporterIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(new SubmitReport(
                        REPORT, GRID, null, GARBAGE, "垃圾桶满溢", Channel.GRID_WORKER_APP, null, GRID_WORKER, T0))
                .expectEvents(new ReportSubmitted(
                        REPORT, GRID, null, GARBAGE, "垃圾桶满溢", Channel.GRID_WORKER_APP, null, GRID_WORKER, T0));
    }

    @Test
    void classifySetsCategoryAndPriority() {
        fixture.given(leadingTo(Status.SUBMITTED))
                .when(new ClassifyReport(REPORT, PARKING, Priority.URGENT, DISPATCHER, NOW))
                .expectEvents(new ReportClassified(REPORT, PARKING, Priority.URGENT, DISPATCHER, NOW))
                .expectState(report -> {
                    assertThat(report.state().status()).isEqualTo(Status.CLASSIFIED);
                    assertThat(report.state().priority()).isEqualTo(Priority.URGENT);
                });
    }

    @Test
    void reclassifyCorrectsTheCategory() {
        fixture.given(leadingTo(Status.CLASSIFIED))
                .when(new ClassifyReport(REPORT, GARBAGE, Priority.NORMAL, DISPATCHER, NOW))
                .expectEvents(new ReportClassified(REPORT, GARBAGE, Priority.NORMAL, DISPATCHER, NOW))
                .expectState(report -> assertThat(report.state().categoryId()).isEqualTo(GARBAGE));
    }

    @Test
    void reopenedReportCanBeClassifiedAgain() {
        fixture.given(leadingTo(Status.REOPENED))
                .when(new ClassifyReport(REPORT, GARBAGE, Priority.URGENT, DISPATCHER, NOW))
                .expectEvents(new ReportClassified(REPORT, GARBAGE, Priority.URGENT, DISPATCHER, NOW))
                .expectState(report -> assertThat(report.state().status()).isEqualTo(Status.CLASSIFIED));
    }

    @Test
    void submittedReportCanBeRejected() {
        fixture.given(leadingTo(Status.SUBMITTED))
                .when(new RejectReport(REPORT, "重复上报", DISPATCHER, NOW))
                .expectEvents(new ReportRejected(REPORT, "重复上报", DISPATCHER, NOW))
                .expectState(report -> assertThat(report.state().status()).isEqualTo(Status.REJECTED));
    }

    @Test
    void classifiedReportCanBeRejected() {
        fixture.given(leadingTo(Status.CLASSIFIED))
                .when(new RejectReport(REPORT, "属司法程序处理事项", DISPATCHER, NOW))
                .expectEvents(new ReportRejected(REPORT, "属司法程序处理事项", DISPATCHER, NOW))
                .expectState(report -> assertThat(report.state().status()).isEqualTo(Status.REJECTED));
    }

    @Test
    void dispatchWithoutDueTimeTakesTheCategoryWindow() {
        fixture.given(leadingTo(Status.CLASSIFIED))
                .when(new DispatchReport(REPORT, HOUSING, null, null, "请联系物业", DISPATCHER, NOW))
                .expectEvents(new ReportDispatched(
                        REPORT, HOUSING, NOW.plus(Duration.ofHours(2)), NOW.plus(Duration.ofHours(72)), "请联系物业",
                        DISPATCHER, NOW))
                .expectState(report -> {
                    assertThat(report.state().status()).isEqualTo(Status.DISPATCHED);
                    assertThat(report.state().departmentId()).isEqualTo(HOUSING);
                    assertThat(report.state().dueAt()).isEqualTo(NOW.plus(Duration.ofHours(72)));
                });
    }

    @Test
    void dispatchWithExplicitDueTimesKeepsThem() {
        fixture.given(leadingTo(Status.CLASSIFIED))
                .when(new DispatchReport(REPORT, HOUSING, hours(11), hours(30), null, DISPATCHER, NOW))
                .expectEvents(new ReportDispatched(REPORT, HOUSING, hours(11), hours(30), null, DISPATCHER, NOW));
    }

    @Test
    void dispatchWithOnlyATightDueTimeCapsTheDefaultSignOff() {
        fixture.given(leadingTo(Status.CLASSIFIED))
                .when(new DispatchReport(REPORT, HOUSING, null, NOW.plusSeconds(1800), null, DISPATCHER, NOW))
                .expectEvents(new ReportDispatched(
                        REPORT, HOUSING, NOW.plusSeconds(1800), NOW.plusSeconds(1800), null, DISPATCHER, NOW));
    }

    @Test
    void dispatchCountsTheWindowThroughTheDeadlinePolicy() {
        DeadlinePolicy doubled = (start, window) -> start.plus(window.multipliedBy(2));
        ReportHistory.fixture(new TestCity(), doubled)
                .given(leadingTo(Status.CLASSIFIED))
                .when(new DispatchReport(REPORT, HOUSING, null, null, null, DISPATCHER, NOW))
                .expectEvents(new ReportDispatched(
                        REPORT, HOUSING, NOW.plus(Duration.ofHours(4)), NOW.plus(Duration.ofHours(144)), null,
                        DISPATCHER, NOW));
    }

    @Test
    void dispatchTakesTheWindowOfTheCurrentCategory() {
        fixture.given(leadingTo(Status.CLASSIFIED,
                        new ReportClassified(REPORT, GARBAGE, Priority.NORMAL, DISPATCHER, hours(9))))
                .when(new DispatchReport(REPORT, CITY_MANAGEMENT, null, null, null, DISPATCHER, NOW))
                .expectEvents(new ReportDispatched(
                        REPORT, CITY_MANAGEMENT, NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(24)), null,
                        DISPATCHER, NOW));
    }

    @Test
    void reopenedReportCanBeDispatchedAgain() {
        fixture.given(leadingTo(Status.REOPENED))
                .when(new DispatchReport(REPORT, CITY_MANAGEMENT, null, null, null, DISPATCHER, NOW))
                .expectEvents(new ReportDispatched(
                        REPORT, CITY_MANAGEMENT, NOW.plus(Duration.ofHours(2)), NOW.plus(Duration.ofHours(72)), null,
                        DISPATCHER, NOW))
                .expectState(report -> assertThat(report.state().status()).isEqualTo(Status.DISPATCHED));
    }

    @Test
    void dispatchedDepartmentSignsForTheReport() {
        fixture.given(leadingTo(Status.DISPATCHED))
                .when(new AcceptDispatch(REPORT, HOUSING, HANDLER, NOW))
                .expectEvents(new DispatchAccepted(REPORT, HOUSING, HANDLER, NOW))
                .expectState(report -> assertThat(report.state().status()).isEqualTo(Status.ACCEPTED));
    }

    @Test
    void returnBeforeSignOffSendsTheReportBackForDispatch() {
        fixture.given(leadingTo(Status.DISPATCHED))
                .when(new ReturnDispatch(REPORT, HOUSING, "不属于本部门职责", HANDLER, NOW))
                .expectEvents(new DispatchReturned(REPORT, HOUSING, "不属于本部门职责", HANDLER, NOW))
                .expectState(report -> {
                    assertThat(report.state().status()).isEqualTo(Status.CLASSIFIED);
                    assertThat(report.state().departmentId()).isNull();
                    assertThat(report.state().dueAt()).isNull();
                    assertThat(report.state().returns()).isEqualTo(1);
                });
    }

    @Test
    void returnAfterSignOffSendsTheReportBackForDispatch() {
        fixture.given(leadingTo(Status.ACCEPTED))
                .when(new ReturnDispatch(REPORT, HOUSING, "需城管执法", HANDLER, NOW))
                .expectEvents(new DispatchReturned(REPORT, HOUSING, "需城管执法", HANDLER, NOW))
                .expectState(report -> assertThat(report.state().status()).isEqualTo(Status.CLASSIFIED));
    }

    @Test
    void returnedReportCanBeDispatchedToAnotherDepartment() {
        fixture.given(leadingTo(Status.DISPATCHED,
                        new DispatchReturned(REPORT, HOUSING, "需城管执法", HANDLER, hours(9))))
                .when(new DispatchReport(REPORT, CITY_MANAGEMENT, null, null, null, DISPATCHER, NOW))
                .expectEvents(new ReportDispatched(
                        REPORT, CITY_MANAGEMENT, NOW.plus(Duration.ofHours(2)), NOW.plus(Duration.ofHours(72)), null,
                        DISPATCHER, NOW));
    }

    @Test
    void extendBeforeSignOffMovesTheDueTime() {
        fixture.given(leadingTo(Status.DISPATCHED))
                .when(new ExtendDeadline(REPORT, hours(120), "需协调车主", DISPATCHER, NOW))
                .expectEvents(new DeadlineExtended(REPORT, DISPATCHED_DUE, hours(120), "需协调车主", DISPATCHER, NOW))
                .expectState(report -> {
                    assertThat(report.state().status()).isEqualTo(Status.DISPATCHED);
                    assertThat(report.state().dueAt()).isEqualTo(hours(120));
                    assertThat(report.state().signOffDueAt()).isEqualTo(DISPATCHED_SIGN_OFF_DUE);
                    assertThat(report.state().extensions()).isEqualTo(1);
                });
    }

    @Test
    void extendWhileHandlingMovesTheDueTime() {
        fixture.given(leadingTo(Status.ACCEPTED))
                .when(new ExtendDeadline(REPORT, hours(120), "等待配件", HANDLER, NOW))
                .expectEvents(new DeadlineExtended(REPORT, DISPATCHED_DUE, hours(120), "等待配件", HANDLER, NOW))
                .expectState(report -> assertThat(report.state().status()).isEqualTo(Status.ACCEPTED));
    }

    @Test
    void progressIsNotedWhileHandling() {
        fixture.given(leadingTo(Status.ACCEPTED))
                .when(new NoteProgress(REPORT, "已联系车主，约定明早挪车", HANDLER, NOW))
                .expectEvents(new ProgressNoted(REPORT, "已联系车主，约定明早挪车", HANDLER, NOW))
                .expectState(report -> assertThat(report.state().status()).isEqualTo(Status.ACCEPTED));
    }

    @Test
    void dispatchedDepartmentResolvesTheReport() {
        fixture.given(leadingTo(Status.ACCEPTED))
                .when(new ResolveReport(REPORT, HOUSING, "已挪车并设置禁停标识", HANDLER, NOW))
                .expectEvents(new ReportResolved(REPORT, HOUSING, "已挪车并设置禁停标识", HANDLER, NOW))
                .expectState(report -> assertThat(report.state().status()).isEqualTo(Status.RESOLVED));
    }

    @Test
    void verificationConfirmsTheResolution() {
        fixture.given(leadingTo(Status.RESOLVED))
                .when(new VerifyResolution(REPORT, "现场已通畅", GRID_WORKER, NOW))
                .expectEvents(new ResolutionVerified(REPORT, "现场已通畅", GRID_WORKER, NOW))
                .expectState(report -> assertThat(report.state().status()).isEqualTo(Status.VERIFIED));
    }

    @Test
    void reworkGoesBackToTheSameDepartmentAndDeadline() {
        fixture.given(leadingTo(Status.RESOLVED))
                .when(new RequestRework(REPORT, "车辆仍占用通道", GRID_WORKER, NOW))
                .expectEvents(new ReworkRequested(REPORT, "车辆仍占用通道", GRID_WORKER, NOW))
                .expectState(report -> {
                    assertThat(report.state().status()).isEqualTo(Status.ACCEPTED);
                    assertThat(report.state().departmentId()).isEqualTo(HOUSING);
                    assertThat(report.state().dueAt()).isEqualTo(DISPATCHED_DUE);
                    assertThat(report.state().reworks()).isEqualTo(1);
                });
    }

    @Test
    void satisfiedRatingLeavesTheReportRated() {
        fixture.given(leadingTo(Status.VERIFIED))
                .when(new RateReport(REPORT, Satisfaction.SATISFIED, "处理及时", RESIDENT, NOW))
                .expectEvents(new ReportRated(REPORT, Satisfaction.SATISFIED, "处理及时", RESIDENT, NOW))
                .expectState(report -> {
                    assertThat(report.state().status()).isEqualTo(Status.RATED);
                    assertThat(report.state().lastSatisfaction()).isEqualTo(Satisfaction.SATISFIED);
                });
    }

    @Test
    void basicallySatisfiedRatingDoesNotReopen() {
        fixture.given(leadingTo(Status.VERIFIED))
                .when(new RateReport(REPORT, Satisfaction.BASICALLY_SATISFIED, null, RESIDENT, NOW))
                .expectEvents(new ReportRated(REPORT, Satisfaction.BASICALLY_SATISFIED, null, RESIDENT, NOW))
                .expectState(report -> assertThat(report.state().status()).isEqualTo(Status.RATED));
    }

    @Test
    void dissatisfiedRatingReopensTheReport() {
        fixture.given(leadingTo(Status.VERIFIED))
                .when(new RateReport(REPORT, Satisfaction.DISSATISFIED, "第二天又被占用", RESIDENT, NOW))
                .expectEvents(
                        new ReportRated(REPORT, Satisfaction.DISSATISFIED, "第二天又被占用", RESIDENT, NOW),
                        new ReportReopened(REPORT, "不满意", Actor.SYSTEM, NOW))
                .expectState(report -> {
                    assertThat(report.state().status()).isEqualTo(Status.REOPENED);
                    assertThat(report.state().departmentId()).isNull();
                    assertThat(report.state().lastSatisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
                    assertThat(report.state().reopenings()).isEqualTo(1);
                });
    }

    @Test
    void verifiedReportCanBeClosedWithoutRating() {
        fixture.given(leadingTo(Status.VERIFIED))
                .when(new CloseReport(REPORT, DISPATCHER, NOW))
                .expectEvents(new ReportClosed(REPORT, DISPATCHER, NOW))
                .expectState(report -> assertThat(report.state().status()).isEqualTo(Status.CLOSED));
    }

    @Test
    void ratedReportCanBeClosed() {
        fixture.given(leadingTo(Status.RATED))
                .when(new CloseReport(REPORT, DISPATCHER, NOW))
                .expectEvents(new ReportClosed(REPORT, DISPATCHER, NOW))
                .expectState(report -> assertThat(report.state().status()).isEqualTo(Status.CLOSED));
    }

    @Test
    void rejectedReportCanBeArchived() {
        fixture.given(leadingTo(Status.REJECTED))
                .when(new CloseReport(REPORT, DISPATCHER, NOW))
                .expectEvents(new ReportClosed(REPORT, DISPATCHER, NOW))
                .expectState(report -> assertThat(report.state().status()).isEqualTo(Status.CLOSED));
    }
}
