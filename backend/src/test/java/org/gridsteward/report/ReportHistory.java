package org.gridsteward.report;

import static org.gridsteward.report.TestCity.BUILDING;
import static org.gridsteward.report.TestCity.GRID;
import static org.gridsteward.report.TestCity.HOUSING;
import static org.gridsteward.report.TestCity.PARKING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.gridsteward.events.Actor;
import org.gridsteward.events.Role;
import org.gridsteward.events.report.Channel;
import org.gridsteward.events.report.DispatchAccepted;
import org.gridsteward.events.report.Priority;
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
import org.gridsteward.events.report.Satisfaction;

/**
 * One report's life in events, an hour apart, and the histories that leave it in each status. Commands in
 * tests happen at {@link #NOW}, after every event here.
 */
final class ReportHistory {
    static final String REPORT = "rpt-20250303-0001";
    static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");
    static final Instant NOW = hours(10);

    static final Actor RESIDENT = new Actor("resident-1701", Role.RESIDENT);
    static final Actor GRID_WORKER = new Actor("gw-xinhua-03", Role.GRID_WORKER);
    static final Actor DISPATCHER = new Actor("dispatcher-02", Role.DISPATCHER);
    static final Actor HANDLER = new Actor("handler-housing-05", Role.DEPARTMENT_HANDLER);

    static final Instant DISPATCHED_SIGN_OFF_DUE = hours(4);
    static final Instant DISPATCHED_DUE = hours(74);

    private ReportHistory() {}

    static Instant hours(long h) {
        return T0.plus(Duration.ofHours(h));
    }

    static AggregateTestFixture<Report> fixture() {
        return fixture(new TestCity(), new CalendarHoursDeadlinePolicy());
    }

    static AggregateTestFixture<Report> fixture(CityDirectory city, DeadlinePolicy deadlines) {
        AggregateTestFixture<Report> fixture = new AggregateTestFixture<>(Report.class);
        fixture.registerInjectableResource(city);
        fixture.registerInjectableResource(deadlines);
        return fixture;
    }

    static ReportSubmitted submitted() {
        return new ReportSubmitted(
                REPORT, GRID, BUILDING, PARKING, "楼下消防通道被私家车长期占用", Channel.RESIDENT_APP,
                new Reporter("resident-1", "v1.c2VhbGVkLW5hbWU", "v1.c2VhbGVkLXBob25l"), RESIDENT, T0);
    }

    static ReportClassified classified() {
        return new ReportClassified(REPORT, PARKING, Priority.URGENT, DISPATCHER, hours(1));
    }

    static ReportRejected rejected() {
        return new ReportRejected(REPORT, "重复上报", DISPATCHER, hours(1));
    }

    static ReportDispatched dispatched() {
        return new ReportDispatched(
                REPORT, HOUSING, DISPATCHED_SIGN_OFF_DUE, DISPATCHED_DUE, "请联系物业", DISPATCHER, hours(2));
    }

    static DispatchAccepted accepted() {
        return new DispatchAccepted(REPORT, HOUSING, HANDLER, hours(3));
    }

    static ReportResolved resolved() {
        return new ReportResolved(REPORT, HOUSING, "已联系车主挪车并设置禁停标识", HANDLER, hours(5));
    }

    static ResolutionVerified verified() {
        return new ResolutionVerified(REPORT, null, GRID_WORKER, hours(6));
    }

    static ReportRated rated(Satisfaction satisfaction) {
        return new ReportRated(REPORT, satisfaction, null, RESIDENT, hours(7));
    }

    static ReportReopened reopened() {
        return new ReportReopened(REPORT, Report.DISSATISFIED_REASON, Actor.SYSTEM, hours(7));
    }

    static ReportClosed closed() {
        return new ReportClosed(REPORT, DISPATCHER, hours(8));
    }

    /** What the read side does with a stream: start from the submission, apply the rest in order. */
    static ReportState fold(List<ReportEvent> history) {
        ReportState state = ReportState.initial((ReportSubmitted) history.get(0));
        for (ReportEvent e : history.subList(1, history.size())) {
            state = state.apply(e);
        }
        return state;
    }

    /** The shortest ordinary history that leaves the report in {@code status}. */
    static List<ReportEvent> leadingTo(Status status) {
        return switch (status) {
            case SUBMITTED -> List.of(submitted());
            case CLASSIFIED -> List.of(submitted(), classified());
            case DISPATCHED -> List.of(submitted(), classified(), dispatched());
            case ACCEPTED -> List.of(submitted(), classified(), dispatched(), accepted());
            case RESOLVED -> List.of(submitted(), classified(), dispatched(), accepted(), resolved());
            case VERIFIED -> List.of(submitted(), classified(), dispatched(), accepted(), resolved(), verified());
            case RATED -> List.of(submitted(), classified(), dispatched(), accepted(), resolved(), verified(),
                    rated(Satisfaction.SATISFIED));
            case REOPENED -> List.of(submitted(), classified(), dispatched(), accepted(), resolved(), verified(),
                    rated(Satisfaction.DISSATISFIED), reopened());
            case REJECTED -> List.of(submitted(), rejected());
            case CLOSED -> List.of(submitted(), classified(), dispatched(), accepted(), resolved(), verified(),
                    rated(Satisfaction.SATISFIED), closed());
        };
    }

    /** That history followed by {@code more}. */
    static List<ReportEvent> leadingTo(Status status, ReportEvent... more) {
        List<ReportEvent> events = new ArrayList<>(leadingTo(status));
        events.addAll(List.of(more));
        return events;
    }
}
