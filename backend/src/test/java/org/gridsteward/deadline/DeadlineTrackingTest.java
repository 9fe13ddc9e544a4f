package org.gridsteward.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsteward.deadline.TrackerNode.CATEGORY;
import static org.gridsteward.deadline.TrackerNode.DEPARTMENT;
import static org.gridsteward.deadline.TrackerNode.GRID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.gridsteward.events.Actor;
import org.gridsteward.events.Role;
import org.gridsteward.events.report.Channel;
import org.gridsteward.events.report.Deadline;
import org.gridsteward.events.report.DeadlineApproaching;
import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.events.report.Priority;
import org.gridsteward.events.report.ReportEscalated;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ResolutionOverdue;
import org.gridsteward.events.report.SignOffOverdue;
import org.gridsteward.report.AcceptDispatch;
import org.gridsteward.report.ClassifyReport;
import org.gridsteward.report.DispatchReport;
import org.gridsteward.report.ExtendDeadline;
import org.gridsteward.report.ResolveReport;
import org.gridsteward.report.SubmitReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tracker end to end: real Axon processors, the real MongoDB driver against the embedded server, and a clock
 * the test moves. Each report is dispatched at {@link #T0} with a 2 h sign-off and an 8 h resolution window in
 * calendar hours; warnings at 75 % of the window and 1 h before due; 督办 at due, +24 h and +72 h.
 */
class DeadlineTrackingTest {
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant SIGN_OFF_DUE = T0.plus(Duration.ofHours(2));
    private static final Instant DUE = T0.plus(Duration.ofHours(8));
    private static final Actor DISPATCHER = new Actor("dispatcher-1", Role.DISPATCHER);
    private static final Actor HANDLER = new Actor("handler-1", Role.DEPARTMENT_HANDLER);
    /** Bounded wait for the processors and the sweeper, which run on their own threads. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private MovableClock clock;
    private final List<TrackerNode> nodes = new ArrayList<>();

    @BeforeEach
    void startDatabase() {
        server = new MongoServer(new MemoryBackend());
        server.bind();
        client = MongoClients.create(server.getConnectionString());
        database = client.getDatabase("deadlines");
        clock = new MovableClock(T0);
    }

    @AfterEach
    void stopEverything() {
        nodes.forEach(TrackerNode::close);
        client.close();
        server.shutdownNow();
    }

    private TrackerNode node(String id) {
        TrackerNode node = new TrackerNode(database, clock, id);
        nodes.add(node);
        return node;
    }

    private String dispatchedReport(TrackerNode node) {
        String id = "rpt-" + UUID.randomUUID();
        node.commands().sendAndWait(new SubmitReport(id, GRID, null, CATEGORY, "消防通道被占用", Channel.GRID_WORKER_APP,
                null, new Actor("gw-1", Role.GRID_WORKER), T0.minusSeconds(600)));
        node.commands().sendAndWait(new ClassifyReport(id, CATEGORY, Priority.NORMAL, DISPATCHER, T0.minusSeconds(300)));
        node.commands().sendAndWait(new DispatchReport(id, DEPARTMENT, null, null, null, DISPATCHER, T0));
        return id;
    }

    private String acceptedReport(TrackerNode node) {
        String id = dispatchedReport(node);
        node.commands().sendAndWait(new AcceptDispatch(id, DEPARTMENT, HANDLER, T0.plusSeconds(600)));
        return id;
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Waits until the tracker has folded the report into a schedule that satisfies {@code condition}. */
    private static void awaitSchedule(TrackerNode node, String id, Predicate<List<Trigger>> condition) {
        await("the schedule of " + id, () -> node.tracking.schedule().watched(List.of(id)).stream()
                .anyMatch(w -> condition.test(w.triggers())));
    }

    private static Predicate<List<Trigger>> dueFor(Instant dueAt) {
        return triggers -> triggers.stream().anyMatch(t -> t.kind() == Trigger.Kind.OVERDUE && t.dueAt().equals(dueAt));
    }

    private static <T> List<T> ofType(List<ReportEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aWarningFiresOnceWhenSeventyFivePercentOfTheWindowHasPassed() {
        TrackerNode node = node("node-a");
        String id = acceptedReport(node);
        awaitSchedule(node, id, dueFor(DUE));

        clock.set(T0.plus(Duration.ofHours(6)));
        await("the 75% warning", () -> !ofType(node.events(id), DeadlineApproaching.class).isEmpty());
        node.tracking.sweeper().sweep();

        assertThat(ofType(node.events(id), DeadlineApproaching.class))
                .containsExactly(new DeadlineApproaching(id, DEPARTMENT, Deadline.RESOLUTION, DUE, "75%", Actor.SYSTEM,
                        T0.plus(Duration.ofHours(6))));
    }

    @Test
    void anUnsignedReportGoesSignOffOverdueAtItsSignOffTime() {
        TrackerNode node = node("node-a");
        String id = dispatchedReport(node);
        awaitSchedule(node, id, dueFor(SIGN_OFF_DUE));

        clock.set(SIGN_OFF_DUE);
        await("sign-off overdue", () -> !ofType(node.events(id), SignOffOverdue.class).isEmpty());

        assertThat(ofType(node.events(id), SignOffOverdue.class))
                .containsExactly(new SignOffOverdue(id, DEPARTMENT, SIGN_OFF_DUE, Actor.SYSTEM, SIGN_OFF_DUE));
    }

    @Test
    void aRestartInTheMiddleOfTheWindowStillFiresOnceOnTime() {
        TrackerNode first = node("node-a");
        String id = acceptedReport(first);
        awaitSchedule(first, id, dueFor(DUE));
        clock.set(T0.plus(Duration.ofHours(3)));
        first.close();
        nodes.remove(first);

        clock.set(DUE);
        TrackerNode restarted = node("node-a");
        await("resolution overdue", () -> !ofType(restarted.events(id), ResolutionOverdue.class).isEmpty());
        await("the community escalation", () -> !ofType(restarted.events(id), ReportEscalated.class).isEmpty());
        restarted.tracking.sweeper().sweep();

        List<ReportEvent> events = restarted.events(id);
        assertThat(ofType(events, ResolutionOverdue.class))
                .containsExactly(new ResolutionOverdue(id, DEPARTMENT, DUE, Actor.SYSTEM, DUE));
        // The warnings' moments passed while the node was down; the overdue mark says more than they would.
        assertThat(ofType(events, DeadlineApproaching.class)).isEmpty();
        assertThat(ofType(events, ReportEscalated.class)).extracting(ReportEscalated::level)
                .containsExactly(EscalationLevel.COMMUNITY);
    }

    @Test
    void twoNodesSharingOneDatabaseNeverDoubleFire() {
        TrackerNode a = node("node-a");
        TrackerNode b = node("node-b");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(dispatchedReport(i % 2 == 0 ? a : b));
        }
        ids.forEach(id -> awaitSchedule(a, id, dueFor(DUE)));

        clock.set(DUE);
        for (String id : ids) {
            await("escalation of " + id, () -> !ofType(a.events(id), ReportEscalated.class).isEmpty());
        }
        // Both nodes sweep again, concurrently with their timers; nothing more may be recorded.
        a.tracking.sweeper().sweep();
        b.tracking.sweeper().sweep();

        for (String id : ids) {
            List<ReportEvent> events = a.events(id);
            assertThat(ofType(events, SignOffOverdue.class)).as(id).hasSize(1);
            assertThat(ofType(events, ResolutionOverdue.class)).as(id).hasSize(1);
            assertThat(ofType(events, DeadlineApproaching.class)).as(id).isEmpty();
            assertThat(ofType(events, ReportEscalated.class)).as(id).extracting(ReportEscalated::deadline)
                    .containsExactlyInAnyOrder(Deadline.SIGN_OFF, Deadline.RESOLUTION);
        }
    }

    @Test
    void anExtensionCancelsThePendingWarning() {
        TrackerNode node = node("node-a");
        String id = acceptedReport(node);
        Instant extended = DUE.plus(Duration.ofHours(16));
        node.commands().sendAndWait(new ExtendDeadline(id, extended, "需协调车主", HANDLER, T0.plus(Duration.ofHours(1))));
        awaitSchedule(node, id, dueFor(extended));

        clock.set(T0.plus(Duration.ofHours(6)));
        node.tracking.sweeper().sweep();
        clock.set(DUE);
        node.tracking.sweeper().sweep();

        List<ReportEvent> events = node.events(id);
        assertThat(ofType(events, DeadlineApproaching.class)).isEmpty();
        assertThat(ofType(events, ResolutionOverdue.class)).isEmpty();
        assertThat(node.tracking.schedule().watched(List.of(id)).get(0).triggers())
                .allMatch(t -> t.dueAt().equals(extended));
    }

    @Test
    void aReportResolvedBeforeItsDeadlineNeverGoesOverdue() {
        TrackerNode node = node("node-a");
        String id = acceptedReport(node);
        node.commands().sendAndWait(new ResolveReport(id, DEPARTMENT, "已清理通道", HANDLER, T0.plus(Duration.ofHours(2))));
        awaitSchedule(node, id, List::isEmpty);

        clock.set(DUE.plus(Duration.ofDays(5)));
        node.tracking.sweeper().sweep();

        List<ReportEvent> events = node.events(id);
        assertThat(ofType(events, ResolutionOverdue.class)).isEmpty();
        assertThat(ofType(events, ReportEscalated.class)).isEmpty();
    }

    @Test
    void anOverdueReportClimbsToStreetAndCityAfterTheConfiguredDelays() {
        TrackerNode node = node("node-a");
        String id = acceptedReport(node);
        awaitSchedule(node, id, dueFor(DUE));

        clock.set(DUE);
        await("the community escalation", () -> ofType(node.events(id), ReportEscalated.class).size() == 1);
        awaitSchedule(node, id, t -> t.stream().anyMatch(x -> x.level() == EscalationLevel.STREET));
        clock.set(DUE.plus(Duration.ofHours(24)).minusSeconds(1));
        node.tracking.sweeper().sweep();
        assertThat(ofType(node.events(id), ReportEscalated.class)).hasSize(1);

        clock.set(DUE.plus(Duration.ofHours(24)));
        await("the street escalation", () -> ofType(node.events(id), ReportEscalated.class).size() == 2);
        awaitSchedule(node, id, t -> t.stream().anyMatch(x -> x.level() == EscalationLevel.CITY));
        clock.set(DUE.plus(Duration.ofHours(72)));
        await("the city escalation", () -> ofType(node.events(id), ReportEscalated.class).size() == 3);

        assertThat(ofType(node.events(id), ReportEscalated.class))
                .extracting(ReportEscalated::level, ReportEscalated::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EscalationLevel.COMMUNITY, DUE),
                        org.assertj.core.groups.Tuple.tuple(EscalationLevel.STREET, DUE.plus(Duration.ofHours(24))),
                        org.assertj.core.groups.Tuple.tuple(EscalationLevel.CITY, DUE.plus(Duration.ofHours(72))));
    }

    @Test
    void theScheduleIsRebuiltFromTheLogAlone() {
        TrackerNode first = node("node-a");
        String id = acceptedReport(first);
        Predicate<List<Trigger>> accepted = t -> dueFor(DUE).test(t)
                && t.stream().noneMatch(x -> x.deadline() == Deadline.SIGN_OFF);
        awaitSchedule(first, id, accepted);
        List<Trigger> before = first.tracking.schedule().watched(List.of(id)).get(0).triggers();
        first.close();
        nodes.remove(first);
        // Forget the schedule and the tracker's position: only the event log remains.
        List.of("trackingtokens", DeadlineSchedule.WATCHES, DeadlineSchedule.SLOTS, DeadlineSchedule.SWEEP)
                .forEach(name -> database.getCollection(name).drop());

        TrackerNode rebuilt = node("node-a");
        awaitSchedule(rebuilt, id, accepted);

        assertThat(rebuilt.tracking.schedule().watched(List.of(id)).get(0).triggers()).isEqualTo(before);
        clock.set(DUE);
        await("resolution overdue", () -> !ofType(rebuilt.events(id), ResolutionOverdue.class).isEmpty());
    }
}
