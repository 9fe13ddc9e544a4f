package org.gridsteward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.gridsteward.deadline.CalendarFile;
import org.gridsteward.deadline.SlaDeadlinePolicy;
import org.gridsteward.events.Role;
import org.gridsteward.events.report.Channel;
import org.gridsteward.events.report.DeadlineExtended;
import org.gridsteward.events.report.DispatchReturned;
import org.gridsteward.events.report.ReportDispatched;
import org.gridsteward.events.report.ReportEscalated;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportRated;
import org.gridsteward.events.report.ReportRejected;
import org.gridsteward.events.report.ReportReopened;
import org.gridsteward.events.report.ReworkRequested;
import org.gridsteward.events.report.Satisfaction;
import org.gridsteward.org.CityOrganisation;
import org.gridsteward.org.OrgLoader;
import org.gridsteward.report.CityDirectory;
import org.gridsteward.runtime.OrganisationDirectory;
import org.gridsteward.report.DeadlinePolicy;
import org.gridsteward.report.Report;
import org.gridsteward.report.Status;
import org.gridsteward.report.SubmitReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulated city's choices, on the demo city with a fixed seed and a clock of its own: what residents report
 * and where, and, step after step, the real report aggregate taking every step the scenario decides on.
 */
class ScenarioTest {
    private static final Instant START = Instant.parse("2026-11-23T01:00:00Z");
    private final CityOrganisation city = OrgLoader.loadDemo();
    private final Scenario scenario = new Scenario(city, 7L, 1.0);
    private Configuration axon;
    private CommandGateway commands;

    @BeforeEach
    void startTheAggregate() {
        DeadlinePolicy policy = new SlaDeadlinePolicy(CalendarFile.china(), 0.5);
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Report.class)
                .registerComponent(CityDirectory.class, c -> new OrganisationDirectory(city))
                .registerComponent(DeadlinePolicy.class, c -> policy)
                .buildConfiguration();
        axon.start();
        commands = axon.commandGateway();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void theSameSeedDrawsTheSameReportsAndFates() {
        Scenario again = new Scenario(city, 7L, 1.0);
        Random one = new Random(1);
        Random other = new Random(1);
        for (int i = 0; i < 50; i++) {
            assertThat(again.newReport(other)).isEqualTo(scenario.newReport(one));
        }
        assertThat(again.plan("2026112300001", "parking")).isEqualTo(scenario.plan("2026112300001", "parking"));
        assertThat(again.hotGrids()).isEqualTo(scenario.hotGrids());
        assertThat(new Scenario(city, 8L, 1.0).hotGrids()).isNotEqualTo(scenario.hotGrids());
    }

    @Test
    void residentsReportMostFromAFewHotGridsAndAboutParkingFeesChargingAndGarbage() {
        Random random = new Random(3);
        List<Scenario.NewReport> reports = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            reports.add(scenario.newReport(random));
        }
        Map<String, Long> byGrid = reports.stream().collect(Collectors.groupingBy(Scenario.NewReport::gridId, Collectors.counting()));
        Map<String, Long> byCategory = reports.stream().collect(Collectors.groupingBy(Scenario.NewReport::categoryId, Collectors.counting()));

        long hot = scenario.hotGrids().stream().mapToLong(g -> byGrid.getOrDefault(g, 0L)).sum();
        assertThat(hot).as("4 of 50 grids").isGreaterThan(reports.size() / 5);
        assertThat(byGrid).hasSize(city.grids().size());
        assertThat(top(byCategory, 4)).containsExactlyInAnyOrder("parking", "fees", "ev-charging", "garbage");
        assertThat(reports).allSatisfy(report -> {
            assertThat(report.buildingId() == null || city.isBuildingOf(report.gridId(), report.buildingId())).isTrue();
            assertThat(report.description()).isNotBlank().doesNotContain("%s").matches(".*[\\u4e00-\\u9fff].*");
        });
        assertThat(reports.stream().map(Scenario.NewReport::channel).distinct()).contains(Channel.RESIDENT_APP, Channel.GRID_WORKER_APP, Channel.HOTLINE);
    }

    @Test
    void reportersLookRealMaskedAndTheSamePhoneKeepsItsName() {
        Random random = new Random(5);
        Map<String, String> nameByPhone = new HashMap<>();
        int anonymous = 0;
        for (int i = 0; i < 3000; i++) {
            Scenario.NewReport report = scenario.newReport(random);
            if (report.reporterPhone() == null) {
                anonymous++;
                assertThat(report.reporterName()).isNull();
                continue;
            }
            assertThat(report.reporterPhone()).matches("1[3-9][0-9]0000[0-9]{4}");
            assertThat(report.reporterName()).matches("[\\u4e00-\\u9fff]{2,3}");
            String earlier = nameByPhone.putIfAbsent(report.reporterPhone(), report.reporterName());
            assertThat(earlier == null || earlier.equals(report.reporterName())).isTrue();
        }
        assertThat(anonymous).isBetween(300, 900);
        assertThat(nameByPhone.size()).as("some residents report again").isLessThan(3000 - anonymous);
    }

    @Test
    void everyStepTheScenarioTakesIsOneTheReportAcceptsUntilEveryReportIsClosed() {
        Random random = new Random(11);
        Map<Status, Integer> reached = new EnumMap<>(Status.class);
        Map<Class<?>, Integer> events = new HashMap<>();
        Map<Satisfaction, Integer> ratings = new EnumMap<>(Satisfaction.class);
        int tightDispatches = 0;
        for (int r = 0; r < 400; r++) {
            String id = "sim-" + r;
            Scenario.NewReport report = scenario.newReport(random);
            Instant at = START.plusSeconds(r * 2L);
            commands.sendAndWait(new SubmitReport(id, report.gridId(), report.buildingId(), report.categoryId(),
                    report.description(), report.channel(), null, scenario.submitter(report, id), at));
            for (int steps = 0; ; steps++) {
                assertThat(steps).as("report %s closes", id).isLessThan(40);
                SimulatedReport now = fold(id);
                reached.merge(now.status(), 1, Integer::sum);
                Optional<Scenario.Step> next = scenario.next(now);
                if (next.isEmpty()) {
                    assertThat(now.status()).isEqualTo(Status.CLOSED);
                    break;
                }
                assertThat(next.get().at()).isAfterOrEqualTo(now.statusSince());
                assertThat(Duration.between(now.statusSince(), next.get().at())).isLessThan(Duration.ofHours(2));
                if (next.get().move() instanceof Move.Dispatch d && d.dueIn() != null) {
                    tightDispatches++;
                    assertThat(d.dueIn()).isBetween(Duration.ofMinutes(3), Duration.ofMinutes(9));
                }
                commands.sendAndWait(MoveCommands.of(id, now.state(), next.get().move(), next.get().actor(), next.get().at()));
            }
            for (ReportEvent event : history(id)) {
                events.merge(event.getClass(), 1, Integer::sum);
                if (event instanceof ReportRated rated) {
                    ratings.merge(rated.satisfaction(), 1, Integer::sum);
                }
                if (event instanceof ReportEscalated escalated) {
                    assertThat(escalated.actor().role()).isEqualTo(Role.SUPERVISOR);
                }
            }
        }
        assertThat(reached.keySet()).containsAll(List.of(Status.values()));
        assertThat(events).containsKeys(ReportRejected.class, DispatchReturned.class, DeadlineExtended.class,
                ReworkRequested.class, ReportReopened.class, ReportEscalated.class, ReportDispatched.class);
        assertThat(tightDispatches).as("a share held to due times minutes ahead").isBetween(40, 110);
        assertThat(ratings.get(Satisfaction.SATISFIED)).isGreaterThan(ratings.get(Satisfaction.BASICALLY_SATISFIED) * 4);
        assertThat(ratings.get(Satisfaction.BASICALLY_SATISFIED)).isGreaterThan(ratings.get(Satisfaction.DISSATISFIED));
        assertThat(ratings.get(Satisfaction.DISSATISFIED)).isPositive();
    }

    @Test
    void aReportHeldToTightDueTimesIsSignedForLateWhenItsPlanSaysSo() {
        String id = idWith(plan -> plan.lateness() == Plan.Lateness.SIGN_OFF_LATE && !plan.misrouted() && !plan.rejected());
        commands.sendAndWait(new SubmitReport(id, "g-01-01", null, "parking", "小区车位不够", Channel.RESIDENT_APP, null,
                Scenario.resident(id), START));
        Scenario.Step step;
        while (!((step = scenario.next(fold(id)).orElseThrow()).move() instanceof Move.Accept)) {
            commands.sendAndWait(MoveCommands.of(id, fold(id).state(), step.move(), step.actor(), step.at()));
        }

        SimulatedReport dispatched = fold(id);
        assertThat(dispatched.status()).isEqualTo(Status.DISPATCHED);
        assertThat(Duration.between(dispatched.statusSince(), dispatched.state().signOffDueAt())).isBetween(Duration.ofSeconds(90), Duration.ofSeconds(180));
        assertThat(step.at()).isAfter(dispatched.state().signOffDueAt());
        assertThat(step.actor()).isEqualTo(Scenario.handler("dept-traffic-police"));
    }

    @Test
    void aReportSomeoneElseMovedGetsTheStepItsNewStatusNeeds() {
        String id = idWith(plan -> !plan.rejected());
        commands.sendAndWait(new SubmitReport(id, "g-05-01", null, "garbage", "垃圾桶满了", Channel.HOTLINE, null,
                scenario.dispatcher("g-05-01"), START));
        assertThat(scenario.next(fold(id)).orElseThrow().move()).isInstanceOf(Move.Classify.class);

        // A dispatcher at the console rejects it before the simulated one classifies it.
        commands.sendAndWait(new org.gridsteward.report.RejectReport(id, "重复上报", scenario.dispatcher("g-05-01"), START.plusSeconds(5)));

        Scenario.Step next = scenario.next(fold(id)).orElseThrow();
        assertThat(next.move()).isInstanceOf(Move.Close.class);
        assertThat(next.actor().id()).isEqualTo("dispatcher-nanhu");
    }

    // ----------------------------------------------------------------

    private String idWith(java.util.function.Predicate<Plan> wanted) {
        for (int i = 0; ; i++) {
            String id = "wanted-" + i;
            if (wanted.test(scenario.plan(id, "parking"))) {
                return id;
            }
        }
    }

    private SimulatedReport fold(String id) {
        return SimulatedReport.fold(id, history(id));
    }

    private List<ReportEvent> history(String id) {
        return axon.eventStore().readEvents(id).asStream().map(m -> (ReportEvent) m.getPayload()).toList();
    }

    private static List<String> top(Map<String, Long> counts, int n) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(n).map(Map.Entry::getKey).toList();
    }
}
