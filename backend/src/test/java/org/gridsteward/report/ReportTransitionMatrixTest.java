package org.gridsteward.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.gridsteward.report.ReportHistory.DISPATCHER;
import static org.gridsteward.report.ReportHistory.GRID_WORKER;
import static org.gridsteward.report.ReportHistory.HANDLER;
import static org.gridsteward.report.ReportHistory.NOW;
import static org.gridsteward.report.ReportHistory.REPORT;
import static org.gridsteward.report.ReportHistory.RESIDENT;
import static org.gridsteward.report.ReportHistory.hours;
import static org.gridsteward.report.ReportHistory.leadingTo;
import static org.gridsteward.report.TestCity.HOUSING;
import static org.gridsteward.report.TestCity.PARKING;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.gridsteward.events.report.Priority;
import org.gridsteward.events.report.Satisfaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every status against every action. The table of legal cells is written out here, independently of the
 * aggregate, and each of the 120 cells is tested one way or the other, so a rule cannot go missing unnoticed.
 */
class ReportTransitionMatrixTest {

    enum Action {
        CLASSIFY("classify", () -> new ClassifyReport(REPORT, PARKING, Priority.NORMAL, DISPATCHER, NOW)),
        REJECT("reject", () -> new RejectReport(REPORT, "不属于受理范围", DISPATCHER, NOW)),
        DISPATCH("dispatch", () -> new DispatchReport(REPORT, HOUSING, null, null, null, DISPATCHER, NOW)),
        ACCEPT("accept", () -> new AcceptDispatch(REPORT, HOUSING, HANDLER, NOW)),
        RETURN("return", () -> new ReturnDispatch(REPORT, HOUSING, "不属于本部门职责", HANDLER, NOW)),
        EXTEND("extend", () -> new ExtendDeadline(REPORT, hours(200), "需协调车主", HANDLER, NOW)),
        PROGRESS("progress", () -> new NoteProgress(REPORT, "已联系物业", HANDLER, NOW)),
        RESOLVE("resolve", () -> new ResolveReport(REPORT, HOUSING, "已挪车", HANDLER, NOW)),
        VERIFY("verify", () -> new VerifyResolution(REPORT, null, GRID_WORKER, NOW)),
        REWORK("rework", () -> new RequestRework(REPORT, "车辆仍占用通道", GRID_WORKER, NOW)),
        RATE("rate", () -> new RateReport(REPORT, Satisfaction.SATISFIED, null, RESIDENT, NOW)),
        CLOSE("close", () -> new CloseReport(REPORT, DISPATCHER, NOW));

        final String name;
        final Supplier<ReportCommand> command;

        Action(String name, Supplier<ReportCommand> command) {
            this.name = name;
            this.command = command;
        }
    }

    private static final Map<Status, Set<Action>> LEGAL = new EnumMap<>(Map.of(
            Status.SUBMITTED, EnumSet.of(Action.CLASSIFY, Action.REJECT),
            Status.CLASSIFIED, EnumSet.of(Action.CLASSIFY, Action.REJECT, Action.DISPATCH),
            Status.DISPATCHED, EnumSet.of(Action.ACCEPT, Action.RETURN, Action.EXTEND),
            Status.ACCEPTED, EnumSet.of(Action.RETURN, Action.EXTEND, Action.PROGRESS, Action.RESOLVE),
            Status.RESOLVED, EnumSet.of(Action.VERIFY, Action.REWORK),
            Status.VERIFIED, EnumSet.of(Action.RATE, Action.CLOSE),
            Status.RATED, EnumSet.of(Action.CLOSE),
            Status.REOPENED, EnumSet.of(Action.CLASSIFY, Action.DISPATCH),
            Status.REJECTED, EnumSet.of(Action.CLOSE),
            Status.CLOSED, EnumSet.noneOf(Action.class)));

    private AggregateTestFixture<Report> fixture;

    @BeforeEach
    void setUp() {
        fixture = ReportHistory.fixture();
    }

    static Stream<Arguments> legalCells() {
        return cells(true);
    }

    static Stream<Arguments> illegalCells() {
        return cells(false);
    }

    private static Stream<Arguments> cells(boolean legal) {
        return Arrays.stream(Status.values()).flatMap(status -> Arrays.stream(Action.values())
                .filter(action -> LEGAL.get(status).contains(action) == legal)
                .map(action -> Arguments.of(status, action)));
    }

    @ParameterizedTest(name = "history for {0}")
    @EnumSource(Status.class)
    void eachGivenHistoryLeavesTheReportInItsStatus(Status status) {
        assertThat(ReportHistory.fold(leadingTo(status)).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} allows {1}")
    @MethodSource("legalCells")
    void actionIsAllowedInItsStatuses(Status status, Action action) {
        fixture.given(leadingTo(status))
                .when(action.command.get())
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("illegalCells")
    void actionIsRefusedInEveryOtherStatus(Status status, Action action) {
        fixture.given(leadingTo(status))
                .when(action.command.get())
                .expectNoEvents()
                .expectException(matches((Object e) -> e instanceof IllegalTransitionException x
                        && x.reportId().equals(REPORT)
                        && x.action().equals(action.name)
                        && x.status() == status))
                .expectExceptionMessage("cannot " + action.name + " a report that is " + status);
    }
}
