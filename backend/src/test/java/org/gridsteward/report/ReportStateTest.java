package org.gridsteward.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.gridsteward.report.ReportHistory.DISPATCHED_DUE;
import static org.gridsteward.report.ReportHistory.DISPATCHED_SIGN_OFF_DUE;
import static org.gridsteward.report.ReportHistory.DISPATCHER;
import static org.gridsteward.report.ReportHistory.GRID_WORKER;
import static org.gridsteward.report.ReportHistory.HANDLER;
import static org.gridsteward.report.ReportHistory.REPORT;
import static org.gridsteward.report.ReportHistory.T0;
import static org.gridsteward.report.ReportHistory.fold;
import static org.gridsteward.report.ReportHistory.hours;
import static org.gridsteward.report.TestCity.BUILDING;
import static org.gridsteward.report.TestCity.CITY_MANAGEMENT;
import static org.gridsteward.report.TestCity.GRID;
import static org.gridsteward.report.TestCity.HOUSING;
import static org.gridsteward.report.TestCity.PARKING;

import java.util.List;
import org.gridsteward.events.report.DeadlineExtended;
import org.gridsteward.events.report.DispatchReturned;
import org.gridsteward.events.report.Priority;
import org.gridsteward.events.report.ProgressNoted;
import org.gridsteward.events.report.ReportDispatched;
import org.gridsteward.events.report.ReportResolved;
import org.gridsteward.events.report.ReworkRequested;
import org.gridsteward.events.report.Satisfaction;
import org.junit.jupiter.api.Test;

/** Folding events by hand, as the read side does, with no aggregate or framework involved. */
class ReportStateTest {

    @Test
    void submissionStartsTheReportAwaitingIntake() {
        assertThat(ReportState.initial(ReportHistory.submitted())).isEqualTo(new ReportState(
                Status.SUBMITTED, GRID, BUILDING, PARKING, null, null, null, null, T0, null, 0, 0, 0, 0));
    }

    @Test
    void happyPathWithAnExtensionAndOneReworkEndsClosed() {
        ReportState state = fold(List.of(
                ReportHistory.submitted(),
                ReportHistory.classified(),
                ReportHistory.dispatched(),
                ReportHistory.accepted(),
                new DeadlineExtended(REPORT, DISPATCHED_DUE, hours(100), "等待配件", HANDLER, hours(4)),
                new ProgressNoted(REPORT, "配件已到", HANDLER, hours(5)),
                new ReportResolved(REPORT, HOUSING, "已挪车", HANDLER, hours(6)),
                new ReworkRequested(REPORT, "车辆仍占用通道", GRID_WORKER, hours(7)),
                new ReportResolved(REPORT, HOUSING, "已设置禁停标识", HANDLER, hours(8)),
                ReportHistory.verified(),
                ReportHistory.rated(Satisfaction.SATISFIED),
                ReportHistory.closed()));

        assertThat(state).isEqualTo(new ReportState(
                Status.CLOSED, GRID, BUILDING, PARKING, Priority.URGENT, HOUSING, DISPATCHED_SIGN_OFF_DUE,
                hours(100), T0, Satisfaction.SATISFIED, 0, 1, 1, 0));
    }

    @Test
    void returnAndRedispatchReplaceTheAssignment() {
        ReportState state = fold(List.of(
                ReportHistory.submitted(),
                ReportHistory.classified(),
                ReportHistory.dispatched(),
                new DispatchReturned(REPORT, HOUSING, "需城管执法", HANDLER, hours(3)),
                new ReportDispatched(REPORT, CITY_MANAGEMENT, hours(5), hours(27), null, DISPATCHER, hours(4))));

        assertThat(state.status()).isEqualTo(Status.DISPATCHED);
        assertThat(state.departmentId()).isEqualTo(CITY_MANAGEMENT);
        assertThat(state.signOffDueAt()).isEqualTo(hours(5));
        assertThat(state.dueAt()).isEqualTo(hours(27));
        assertThat(state.returns()).isEqualTo(1);
    }

    @Test
    void reopeningClearsTheAssignmentButKeepsTheRating() {
        ReportState state = fold(ReportHistory.leadingTo(Status.REOPENED));

        assertThat(state.status()).isEqualTo(Status.REOPENED);
        assertThat(state.departmentId()).isNull();
        assertThat(state.signOffDueAt()).isNull();
        assertThat(state.dueAt()).isNull();
        assertThat(state.lastSatisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
        assertThat(state.reopenings()).isEqualTo(1);
    }

    @Test
    void aSecondSubmissionInOneStreamIsRejectedAsCorrupt() {
        ReportState state = ReportState.initial(ReportHistory.submitted());

        assertThatIllegalArgumentException().isThrownBy(() -> state.apply(ReportHistory.submitted()));
    }
}
