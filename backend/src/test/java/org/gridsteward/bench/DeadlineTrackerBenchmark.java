package org.gridsteward.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.gridsteward.deadline.CalendarFile;
import org.gridsteward.deadline.DeadlineTracking;
import org.gridsteward.events.Actor;
import org.gridsteward.events.Role;
import org.gridsteward.events.report.Channel;
import org.gridsteward.events.report.DispatchAccepted;
import org.gridsteward.events.report.Priority;
import org.gridsteward.events.report.ReportClassified;
import org.gridsteward.events.report.ReportDispatched;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.events.report.ResolutionOverdue;
import org.gridsteward.org.HoursKind;
import org.gridsteward.report.CalendarHoursDeadlinePolicy;
import org.gridsteward.report.CategoryWindows;
import org.gridsteward.report.CityDirectory;
import org.gridsteward.report.Report;
import org.gridsteward.runtime.AxonRuntime;
import org.gridsteward.store.MongoEventStorageEngine;

/**
 * How late the deadline tracker records an overdue report while it watches many open ones (issue 5 asks ≤ 1 s
 * with 100,000 open deadlines), and what the tracker costs in memory.
 *
 * <p>Seeds {@code bench.deadlines.open} dispatched reports (3 events each, due days ahead, so each holds an open
 * sign-off and an open resolution deadline) through the engine, lets the tracker fold the whole log into its
 * schedule, then appends {@code bench.deadlines.measured} accepted reports whose resolution falls due over the next
 * {@code bench.deadlines.window} seconds, on the system clock, with the application's settings (warnings at 75 % and
 * 4 h, 督办 from 1 h after due, a sweep every 200 ms, 4 senders). Lateness is the overdue event's timestamp (taken in the command handler, in the unit
 * of work that appends it) minus its due instant.
 *
 * <p>Run with {@code ./mvnw -B -ntp -pl backend -am -Pbench -DskipTests test -Dbench.parts=deadlines}.
 */
public final class DeadlineTrackerBenchmark {
    private static final String CATEGORY = "fire-lane";
    private static final Actor DISPATCHER = new Actor("dispatcher-bench", Role.DISPATCHER);
    private static final CityDirectory CITY = new CityDirectory() {
        @Override
        public boolean isGrid(String gridId) {
            return true;
        }

        @Override
        public boolean isBuildingOf(String gridId, String buildingId) {
            return true;
        }

        @Override
        public boolean isDepartment(String departmentId) {
            return true;
        }

        @Override
        public Optional<CategoryWindows> category(String categoryId) {
            return Optional.of(new CategoryWindows(Duration.ofHours(2), Duration.ofHours(8), HoursKind.CALENDAR));
        }
    };

    private DeadlineTrackerBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<String> parts = Arrays.asList(System.getProperty("bench.parts", "deadlines").split(","));
        if (!parts.contains("deadlines")) {
            return;
        }
        BenchLogging.asTheApplication();
        int open = Integer.getInteger("bench.deadlines.open", 100_000);
        int measured = Integer.getInteger("bench.deadlines.measured", 2_000);
        int windowSeconds = Integer.getInteger("bench.deadlines.window", 20);
        System.out.printf(Locale.ROOT, "deadline tracker: open=%,d measured=%,d window=%d s (memory backend); load average %s%n",
                open, measured, windowSeconds, loadAverage());

        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind();
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            MongoDatabase database = client.getDatabase("bench");
            MongoEventStorageEngine engine = AxonRuntime.engine(database);

            Instant now = Instant.now();
            long seedStart = System.nanoTime();
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            for (int i = 0; i < open; i++) {
                Instant due = now.plus(Duration.ofDays(2)).plusSeconds(i * 5L);
                batch.addAll(dispatched("open-" + i, now, due, due, false));
                if (batch.size() >= 999) {
                    engine.appendEvents(batch);
                    batch.clear();
                }
            }
            engine.appendEvents(batch);
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            System.out.printf(Locale.ROOT, "  seeded %,d events in %.0f s%n", open * 3L, seedSeconds);

            long heapBefore = heapAfterGc();
            DeadlineTracking tracking = new DeadlineTracking(database, Clock.systemUTC(), CalendarFile.china(), CITY,
                    new DeadlineTracking.Options("75%,4h", Duration.ofHours(1), Duration.ofHours(24), Duration.ofHours(72),
                            Duration.ofMillis(200), Duration.ofSeconds(10), Duration.ofSeconds(10), 4,
                            Optional.of("bench")));
            Configurer configurer = AxonRuntime.reports(engine, CITY, new CalendarHoursDeadlinePolicy());
            tracking.registerWith(configurer);
            Configuration configuration = configurer.buildConfiguration();
            long catchUpStart = System.nanoTime();
            configuration.start();
            String last = "open-" + (open - 1);
            while (tracking.schedule().watched(List.of(last)).stream().noneMatch(w -> !w.triggers().isEmpty())) {
                Thread.sleep(200);
            }
            double catchUpSeconds = (System.nanoTime() - catchUpStart) / 1e9;
            long heapTracking = heapAfterGc();
            System.out.printf(Locale.ROOT,
                    "  tracker folded %,d events into %,d watches in %.0f s: %,.0f ev/s%n",
                    open * 3L, tracking.schedule().size(), catchUpSeconds, open * 3L / catchUpSeconds);
            System.out.printf(Locale.ROOT,
                    "  heap in use after GC: %,d MB before the tracker started, %,d MB with %,d reports watched "
                            + "(the embedded server's documents included: it runs in this JVM)%n",
                    heapBefore >> 20, heapTracking >> 20, open);

            Instant measuredStart = Instant.now().plusSeconds(10);
            List<String> ids = new ArrayList<>();
            List<Instant> dues = new ArrayList<>();
            batch.clear();
            for (int i = 0; i < measured; i++) {
                String id = "due-" + UUID.randomUUID();
                Instant due = measuredStart.plusMillis((long) i * windowSeconds * 1000 / measured);
                ids.add(id);
                dues.add(due);
                batch.addAll(dispatched(id, Instant.now(), due, due, true));
                if (batch.size() >= 400) {
                    engine.appendEvents(batch);
                    batch.clear();
                }
            }
            engine.appendEvents(batch);
            Instant lastDue = dues.get(dues.size() - 1);
            while (Instant.now().isBefore(lastDue.plusSeconds(5))) {
                Thread.sleep(200);
            }

            long[] lateness = new long[measured];
            int missing = 0;
            for (int i = 0; i < measured; i++) {
                Optional<? extends DomainEventMessage<?>> overdue = engine.readEvents(ids.get(i)).asStream()
                        .filter(m -> m.getPayload() instanceof ResolutionOverdue)
                        .findFirst();
                if (overdue.isEmpty()) {
                    missing++;
                    lateness[i] = Long.MAX_VALUE;
                } else {
                    lateness[i] = Duration.between(dues.get(i), overdue.get().getTimestamp()).toMillis();
                }
            }
            Arrays.sort(lateness);
            System.out.printf(Locale.ROOT,
                    "  overdue recorded after the due instant (%,d deadlines over %d s, %,d others open): "
                            + "p50 %d ms, p99 %d ms, max %s ms; not recorded within 5 s: %d%n",
                    measured, windowSeconds, open, lateness[measured / 2], lateness[(int) (measured * 0.99) - 1],
                    lateness[measured - 1] == Long.MAX_VALUE ? "-" : Long.toString(lateness[measured - 1]), missing);
            long early = Arrays.stream(lateness).filter(l -> l < 0).count();
            if (early > 0) {
                throw new IllegalStateException(early + " overdue marks recorded before their due instant");
            }
            System.out.printf(Locale.ROOT, "  load average at the end: %s%n", loadAverage());
            configuration.shutdown();
        } finally {
            server.shutdownNow();
        }
    }

    private static List<DomainEventMessage<?>> dispatched(
            String id, Instant at, Instant signOffDue, Instant due, boolean accepted) {
        List<ReportEvent> events = new ArrayList<>(List.of(
                new ReportSubmitted(id, "g-01-01", null, CATEGORY, "消防通道被私家车占用", Channel.GRID_WORKER_APP, null,
                        new Actor("gw-bench", Role.GRID_WORKER), at),
                new ReportClassified(id, CATEGORY, Priority.NORMAL, DISPATCHER, at),
                new ReportDispatched(id, "dept-fire", signOffDue, due, null, DISPATCHER, at)));
        if (accepted) {
            events.add(new DispatchAccepted(id, "dept-fire", new Actor("handler-bench", Role.DEPARTMENT_HANDLER), at));
        }
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int seq = 0; seq < events.size(); seq++) {
            messages.add(new GenericDomainEventMessage<>("Report", id, seq, events.get(seq)));
        }
        return messages;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
