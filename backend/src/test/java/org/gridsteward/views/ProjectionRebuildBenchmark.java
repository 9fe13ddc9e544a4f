package org.gridsteward.views;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.Satisfaction;
import org.gridsteward.org.Grid;
import org.gridsteward.runtime.AxonRuntime;
import org.gridsteward.runtime.DurableH2Backend;
import org.gridsteward.bench.BenchLogging;
import org.gridsteward.store.LogScan;
import org.gridsteward.store.MongoEventStorageEngine;

/**
 * How fast every view family is rebuilt from a log. First the projections alone, applied in one JVM as the
 * processors apply them (per batch: tracks loaded in one look-up, tallies kept in hand, every changed document
 * written once): read models in memory (the arithmetic), then in the embedded MongoDB (memory backend). Then
 * the whole path on a larger log ({@code -Dbench.view.rebuild.reports=N}, 20,000 reports by default): the log
 * appended to the embedded store ({@code -Dbench.view.storage=file}, the default, for the H2 file backend;
 * {@code memory} for the memory one), the raw filterless scan of the events collection and the one-pass reader
 * ({@link org.gridsteward.store.LogScan}) timed on it for comparison, then the four real view processors started
 * on it and {@link ViewProcessing#rebuild()} timed twice on the same log (the first a warm-up that also compiles
 * the rebuild's path) until every processor has resumed at the head
 * ({@code -Dbench.view.firstbuild=true} also times the processors' own first build from an empty token, slow).
 *
 * <p>Run with {@code ./mvnw -B -ntp -pl backend -am -Pbench -DskipTests test -Dbench.parts=views}
 * ({@code -Dbench.view.reports=N} sizes it, each report has six events; {@code -Dbench.view.unbatched=true} adds
 * a run that writes every event's documents as it is applied; {@code -Dbench.view.processors=false} leaves out
 * the processors; {@code -Dbench.view.read.batch=N} sets how many log positions the engine reads per query, 100 as
 * in the application).
 * To profile it, start a recording with the JVM ({@code MAVEN_OPTS="-XX:StartFlightRecording=filename=rebuild.jfr,settings=profile"})
 * and keep the samples between the times each rebuild prints.
 */
public final class ProjectionRebuildBenchmark {
    /** As the view processors' batch size. */
    private static final int BATCH = ViewProcessing.BATCH;

    private ProjectionRebuildBenchmark() {}

    public static void main(String[] args) {
        BenchLogging.asTheApplication();
        int reports = Integer.getInteger("bench.view.reports", 3_000);
        List<ReportEvent> log = log(reports);
        System.out.printf(Locale.ROOT, "%n== Projection rebuild: %,d events (%,d reports, 4 view families) ==%n", log.size(), reports);

        rebuild("warm-up, in memory", new InMemoryViewStore(), log, 1);
        double memory = rebuild("read models in memory", new InMemoryViewStore(), log, 1);

        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            rebuild("warm-up, embedded MongoDB", new MongoViewStore(client.getDatabase("warmup")),
                    log.subList(0, log.size() / 4), BATCH);
            double mongo = rebuild("embedded MongoDB (memory), batches of " + BATCH,
                    new MongoViewStore(client.getDatabase("bench")), log, BATCH);
            if (Boolean.getBoolean("bench.view.unbatched")) {
                rebuild("embedded MongoDB (memory), every event written", new MongoViewStore(client.getDatabase("single")),
                        log, 1);
            }
            System.out.printf(Locale.ROOT, "%nSummary: in memory %,.0f events/s; embedded MongoDB %,.0f events/s%n", memory, mongo);
        } finally {
            server.shutdownNow();
        }
        if (Boolean.parseBoolean(System.getProperty("bench.view.processors", "true"))) {
            throughProcessors(log(Integer.getInteger("bench.view.rebuild.reports", 20_000)));
        }
    }

    /**
     * The whole path: the log appended through the event store engine to the embedded server; the raw scan and
     * the one-pass reader timed on it; the four view processors started on it and the views rebuilt by
     * {@link ViewProcessing#rebuild()}, timed until every processor has resumed at the head.
     */
    private static void throughProcessors(List<ReportEvent> log) {
        String storage = System.getProperty("bench.view.storage", "file");
        System.out.printf(Locale.ROOT, "%n== View processors on the embedded store (%s backend): %,d events ==%n", storage, log.size());
        Path directory = null;
        MongoServer server;
        try {
            if (storage.equals("file")) {
                directory = Files.createTempDirectory("view-bench");
                server = new MongoServer(new DurableH2Backend(directory.resolve("views.mv").toString()));
            } else {
                server = new MongoServer(new MemoryBackend());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.bind("127.0.0.1", 0);
        Configuration configuration = null;
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            MongoDatabase database = client.getDatabase("grid_steward");
            Serializer serializer = AxonRuntime.eventSerializer();
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                    .database(database).eventSerializer(serializer).snapshotSerializer(serializer)
                    .batchSize(Integer.getInteger("bench.view.read.batch", 100))
                    .build();
            long appendStarted = System.nanoTime();
            append(engine, log);
            double appendSeconds = (System.nanoTime() - appendStarted) / 1e9;
            System.out.printf(Locale.ROOT, "  %-50s %,9d events in %6.2f s%n", "log appended", log.size(), appendSeconds);

            timed("warm-up: raw filterless scan", log.size(), () -> rawScan(database));
            double raw = timed("raw filterless scan of the events collection", log.size(), () -> rawScan(database));
            double reader = timed("one-pass reader (scan, order, deserialise)", log.size(), () -> onePassRead(engine));

            if (!Boolean.getBoolean("bench.view.firstbuild")) {
                // The processors start up to date, as a rebuild normally finds them.
                TokenStore tokens = MongoTokenStore.builder()
                        .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database)
                                .trackingTokensCollectionName(ViewProcessing.TOKENS).build())
                        .serializer(JacksonSerializer.defaultSerializer())
                        .build();
                for (String name : List.of(GridProjection.NAME, DepartmentProjection.NAME, TickerProjection.NAME, CategoryProjection.NAME)) {
                    tokens.initializeTokenSegments(name, 1, engine.createHeadToken());
                }
            }
            ViewProcessing processing = new ViewProcessing(database, ViewFixture.CITY, Clock.systemUTC(),
                    new SimpleMeterRegistry(), new DiscardingEmitter());
            long firstStarted = System.nanoTime();
            configuration = AxonRuntime.onEngine(engine)
                    .eventProcessing(processing::configure)
                    .buildConfiguration();
            configuration.start();
            if (Boolean.getBoolean("bench.view.firstbuild")) {
                untilCaughtUp("first build (processors from an empty token)", processing, log.size(), firstStarted);
            }

            // The first rebuild in this JVM also compiles its path; the second, on the same log, is the one measured.
            double cold = timedRebuild("rebuild, warm-up (the first in this JVM)", processing, log.size());
            double rebuilt = timedRebuild("rebuild (one pass, processors resumed at the head)", processing, log.size());
            System.out.printf(Locale.ROOT, "%nSummary: embedded store (%s), %,d events: rebuild %,.0f events/s (warm-up %,.0f); "
                            + "raw scan %,.0f docs/s; one-pass reader %,.0f events/s; rebuild / raw scan = %.2f%n",
                    storage, log.size(), rebuilt, cold, raw, reader, rebuilt / raw);
        } finally {
            if (configuration != null) {
                configuration.shutdown();
            }
            server.shutdownNow();
            if (directory != null) {
                deleteRecursively(directory);
            }
        }
    }

    /** One rebuild, timed until every processor has resumed at the head, with the JIT compilation it took. */
    private static double timedRebuild(String label, ViewProcessing processing, int events) {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        long compiledBefore = compiler.getTotalCompilationTime();
        long cpuBefore = processCpuNanos();
        Instant from = Instant.now();
        long started = System.nanoTime();
        processing.rebuild();
        double rate = untilCaughtUp(label, processing, events, started);
        try {
            processing.awaitRebuildAnnounced(Duration.ofMinutes(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        // The times let a JFR recording of the whole run (started with the JVM: one started now would have the
        // JIT compile everything again) be cut to this rebuild.
        // The CPU time of the whole JVM (the server's threads included) per event depends less on what else the
        // machine runs than the elapsed time does.
        System.out.printf(Locale.ROOT, "  %-50s %s; JIT compilation meanwhile %,d ms; JVM CPU %.1f µs/event; from %s to %s%n",
                "  status", processing.rebuildStatus(), compiler.getTotalCompilationTime() - compiledBefore,
                (processCpuNanos() - cpuBefore) / 1e3 / events, from, Instant.now());
        return rate;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    private static long rawScan(MongoDatabase database) {
        long count = 0;
        for (Document ignored : database.getCollection("events").find().batchSize(2_000)) {
            count++;
        }
        return count;
    }

    private static long onePassRead(MongoEventStorageEngine engine) {
        long count = 0;
        try (LogScan scan = engine.scanWholeLog(4_096)) {
            for (List<?> chunk = scan.next(1_000); !chunk.isEmpty(); chunk = scan.next(1_000)) {
                count += chunk.size();
            }
        }
        return count;
    }

    private static double timed(String label, int events, java.util.function.LongSupplier run) {
        long started = System.nanoTime();
        long read = run.getAsLong();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (read != events) {
            throw new IllegalStateException(label + " read " + read + " of " + events);
        }
        double rate = events / seconds;
        System.out.printf(Locale.ROOT, "  %-50s %,9d events in %6.2f s: %,9.0f events/s%n", label, events, seconds, rate);
        return rate;
    }

    /** Each report is an aggregate; events go in a thousand per call, so a large log is written in reasonable time. */
    private static void append(MongoEventStorageEngine engine, List<ReportEvent> log) {
        Map<String, Long> sequences = new HashMap<>();
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (ReportEvent event : log) {
            long sequence = sequences.merge(event.reportId(), 1L, Long::sum) - 1;
            batch.add(new GenericDomainEventMessage<>("Report", event.reportId(), sequence, event));
            if (batch.size() == 1_000) {
                engine.appendEvents(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            engine.appendEvents(batch);
        }
    }

    private static double untilCaughtUp(String label, ViewProcessing processing, int events, long started) {
        long deadline = started + Duration.ofMinutes(5).toNanos();
        while (!processing.caughtUp()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("views did not catch up: " + processing.status());
            }
            try {
                // Each look costs four head queries; looking too often would slow what is measured.
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = events / seconds;
        System.out.printf(Locale.ROOT, "  %-50s %,9d events in %6.2f s: %,9.0f events/s%n", label, events, seconds, rate);
        return rate;
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Applies the log as the view processors do: per batch, the per-report documents loaded in one look-up and
     * every changed document written once at the end ({@code batch} 1: every event written as it is applied).
     */
    private static double rebuild(String label, ViewStore target, List<ReportEvent> log, int batch) {
        ScopeTree tree = new ScopeTree(ViewFixture.CITY);
        List<WriteBehindViewStore> stores = new ArrayList<>();
        List<Projection> projections = new ArrayList<>();
        for (int family = 0; family < 4; family++) {
            ViewStore store = target;
            if (batch > 1) {
                WriteBehindViewStore writeBehind = new WriteBehindViewStore(target);
                stores.add(writeBehind);
                store = writeBehind;
            }
            Projection projection = switch (family) {
                case 0 -> new GridProjection(store, tree);
                case 1 -> new DepartmentProjection(store);
                case 2 -> new TickerProjection(store, tree);
                default -> new CategoryProjection(store, tree);
            };
            if (batch > 1) {
                stores.get(family).keep(projection.family().tallies());
            }
            projections.add(projection);
        }
        long started = System.nanoTime();
        for (int from = 0; from < log.size(); from += batch) {
            List<ReportEvent> events = log.subList(from, Math.min(log.size(), from + batch));
            if (batch > 1) {
                List<String> reports = events.stream().map(ReportEvent::reportId).toList();
                for (int family = 0; family < 4; family++) {
                    stores.get(family).prefetch(projections.get(family).family().tracks(), reports,
                            projections.get(family).family().trackType());
                }
            }
            for (int i = 0; i < events.size(); i++) {
                Position position = new Position(from + i, List.of());
                for (Projection projection : projections) {
                    projection.on(events.get(i), position);
                }
            }
            stores.forEach(WriteBehindViewStore::flush);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = log.size() / seconds;
        System.out.printf(Locale.ROOT, "  %-50s %,9d events in %6.2f s: %,9.0f events/s%n", label, log.size(), seconds, rate);
        return rate;
    }

    /** Reports across every grid, each submitted, classified, dispatched, signed for, resolved and rated. */
    private static List<ReportEvent> log(int reports) {
        List<Grid> grids = ViewFixture.CITY.grids();
        Instant start = ViewFixture.NOW.minus(Duration.ofDays(6));
        List<ReportEvent> log = new ArrayList<>(reports * 6);
        for (int r = 0; r < reports; r++) {
            String id = "r" + r;
            Instant at = start.plusSeconds(r * 60L);
            log.add(ViewFixture.submitted(id, grids.get(r % grids.size()).id(), "parking", at, null));
            log.add(ViewFixture.classified(id, "fire-lane", at.plusSeconds(60)));
            log.add(ViewFixture.dispatched(id, ViewFixture.HOUSING, at.plusSeconds(120), at.plusSeconds(7_200), at.plusSeconds(86_400)));
            log.add(ViewFixture.accepted(id, ViewFixture.HOUSING, at.plusSeconds(600)));
            log.add(ViewFixture.resolved(id, ViewFixture.HOUSING, at.plusSeconds(3_600)));
            log.add(ViewFixture.rated(id, Satisfaction.SATISFIED, at.plusSeconds(7_200)));
        }
        return log;
    }
}
