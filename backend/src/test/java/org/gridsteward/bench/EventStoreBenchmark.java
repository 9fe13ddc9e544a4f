package org.gridsteward.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.gridsteward.events.Actor;
import org.gridsteward.events.Role;
import org.gridsteward.events.report.Channel;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.events.report.Reporter;
import org.gridsteward.runtime.AxonRuntime;
import org.gridsteward.runtime.DurableH2Backend;
import org.gridsteward.store.MongoEventStorageEngine;

/**
 * Measures the event store against the numbers in DESIGN.md: append throughput through
 * {@link MongoEventStorageEngine} next to raw driver {@code insertMany} of the same documents on the same
 * embedded server, and the cost of loading one aggregate as the log grows from a thousand events to a million.
 *
 * <p>Run with {@code ./mvnw -B -ntp -pl backend -am -Pbench -DskipTests test}; sizes are system properties
 * (see {@link Options}). Everything runs in one JVM so the two sides of every ratio share its warm-up, its
 * heap and the machine's load at that moment.
 */
public final class EventStoreBenchmark {
    private static final Serializer SERIALIZER = AxonRuntime.eventSerializer();
    private static final String AGGREGATE_TYPE = "Report";
    private static final int EVENTS_PER_AGGREGATE = 8;
    /** Aggregates written side by side while populating, so one report's events lie apart in the log as in life. */
    private static final int POPULATE_WINDOW = 1_000;
    private static final int LOAD_ROUNDS = 4;
    // A three-character name and an eleven-digit phone number as sealed by privacy/ResidentCipher: the same length.
    private static final String SEALED_NAME = "v1." + "A".repeat(50);
    private static final String SEALED_PHONE = "v1." + "B".repeat(52);

    private final Options options;
    private final List<AppendRow> appendRows = new ArrayList<>();
    private final List<LoadRow> loadRows = new ArrayList<>();

    private EventStoreBenchmark(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        BenchLogging.asTheApplication();
        Options options = Options.fromSystemProperties();
        Path work = Files.createTempDirectory("gridsteward-bench");
        long started = System.nanoTime();
        try {
            new EventStoreBenchmark(options).run(work);
        } finally {
            deleteRecursively(work);
        }
        System.out.printf(Locale.ROOT, "%nTotal time: %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    private void run(Path work) {
        printMachine();
        Sample sample = sampleDocument();
        System.out.printf(Locale.ROOT, "Event document: payload %d B (UTF-8 JSON), metadata %d B, whole document ~%d B as BSON%n",
                sample.payloadBytes, sample.metadataBytes, sample.bsonBytes);

        if (options.parts.contains("append")) {
            AtomicInteger files = new AtomicInteger();
            appendBenchmark("H2 file", () -> new DurableH2Backend(work.resolve("append-" + files.incrementAndGet() + ".mv").toString()),
                    options.h2Batched, options.h2Singles);
            appendBenchmark("memory", MemoryBackend::new, options.memoryBatched, options.memorySingles);
        }
        if (options.parts.contains("load")) {
            loadBenchmark("memory", MemoryBackend::new, options.loadLarge);
            if (options.h2LoadLarge > 0) {
                AtomicInteger files = new AtomicInteger();
                loadBenchmark("H2 file", () -> new DurableH2Backend(work.resolve("load-" + files.incrementAndGet() + ".mv").toString()),
                        options.h2LoadLarge);
            }
        }
        printSummary();
    }

    // ---------------------------------------------------------------- appends

    private void appendBenchmark(String backendName, Supplier<MongoBackend> backend, int batchedEvents, int singleEvents) {
        System.out.printf(Locale.ROOT, "%n== Append, %s backend: %,d events in batches of 100, %,d in batches of 1, %d rounds ==%n",
                backendName, batchedEvents, singleEvents, options.rounds);
        // The first round of each kind only warms the JIT, the driver and the server's code paths.
        appendRound(backend, "warm-up", 100, Math.max(1_000, batchedEvents / 2), true);
        appendRound(backend, "warm-up", 1, Math.max(500, singleEvents / 2), false);

        double[][] batched = new double[2][options.rounds];
        double[][] singles = new double[2][options.rounds];
        for (int round = 0; round < options.rounds; round++) {
            // Alternate who goes first so neither side always meets the same state of the heap and the JIT.
            boolean rawFirst = round % 2 == 0;
            appendRound(backend, "round " + (round + 1), 100, batchedEvents, rawFirst).store(batched, round);
            appendRound(backend, "round " + (round + 1), 1, singleEvents, rawFirst).store(singles, round);
        }
        appendRows.add(AppendRow.of(backendName, 100, batched));
        appendRows.add(AppendRow.of(backendName, 1, singles));

        double counterRate = counterIncrements(backend, Math.max(500, singleEvents));
        System.out.printf(Locale.ROOT, "  for reference: counter findOneAndUpdate $inc alone, one at a time: %,.0f ops/s%n", counterRate);
        appendRows.add(new AppendRow(backendName + " (counter $inc alone)", 1, counterRate, Double.NaN, Double.NaN, Double.NaN));
    }

    private record RoundResult(double raw, double engine) {
        void store(double[][] into, int round) {
            into[0][round] = raw;
            into[1][round] = engine;
        }
    }

    private RoundResult appendRound(Supplier<MongoBackend> backend, String label, int batchSize, int events, boolean rawFirst) {
        // Two separately built copies of the same events: Axon caches a message's serialised form, so the engine
        // must not be handed messages that were already serialised to build the raw documents.
        List<List<Document>> rawBatches = batches(rawDocuments(eventStream(events, 11)), batchSize);
        List<List<DomainEventMessage<?>>> engineBatches = batches(eventStream(events, 11), batchSize);
        double raw;
        double engine;
        if (rawFirst) {
            raw = rawAppend(backend, rawBatches, events);
            engine = engineAppend(backend, engineBatches, events);
        } else {
            engine = engineAppend(backend, engineBatches, events);
            raw = rawAppend(backend, rawBatches, events);
        }
        System.out.printf(Locale.ROOT, "  %-8s batches of %3d: raw insertMany %,9.0f ev/s   engine %,9.0f ev/s   engine/raw %.2f%n",
                label, batchSize, raw, engine, engine / raw);
        return new RoundResult(raw, engine);
    }

    /**
     * Each measurement, raw or engine, gets a server of its own on a new, empty store: a database dropped in a
     * shared H2 file is cleaned up in the background and would tax whichever measurement came next.
     */
    private double rawAppend(Supplier<MongoBackend> backend, List<List<Document>> batches, int expected) {
        try (EmbeddedServer server = new EmbeddedServer(backend.get())) {
            MongoCollection<Document> events = server.database().getCollection("events");
            // The same two unique indexes the engine creates, so both sides maintain the same structures per insert.
            events.createIndex(Indexes.ascending("aggregateKey"), new IndexOptions().unique(true).name("aggregateKey_unique"));
            events.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true).name("eventId_unique"));
            InsertManyOptions ordered = new InsertManyOptions().ordered(true);
            System.gc();
            long start = System.nanoTime();
            for (List<Document> batch : batches) {
                events.insertMany(batch, ordered);
            }
            long elapsed = System.nanoTime() - start;
            checkCount(events, expected);
            return expected / (elapsed / 1e9);
        }
    }

    private double engineAppend(Supplier<MongoBackend> backend, List<List<DomainEventMessage<?>>> batches, int expected) {
        try (EmbeddedServer server = new EmbeddedServer(backend.get())) {
            MongoEventStorageEngine engine = engine(server.database());
            System.gc();
            long start = System.nanoTime();
            for (List<DomainEventMessage<?>> batch : batches) {
                engine.appendEvents(batch);
            }
            long elapsed = System.nanoTime() - start;
            checkCount(server.database().getCollection("events"), expected);
            return expected / (elapsed / 1e9);
        }
    }

    /** What one position reservation costs on its own: the engine pays it once per append. */
    private double counterIncrements(Supplier<MongoBackend> backend, int count) {
        try (EmbeddedServer server = new EmbeddedServer(backend.get())) {
            MongoCollection<Document> counters = server.database().getCollection("counters");
            FindOneAndUpdateOptions upsert = new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
            for (int i = 0; i < count / 4; i++) {
                counters.findOneAndUpdate(Filters.eq("_id", "events"), Updates.inc("next", 1L), upsert);
            }
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                counters.findOneAndUpdate(Filters.eq("_id", "events"), Updates.inc("next", 1L), upsert);
            }
            long elapsed = System.nanoTime() - start;
            return count / (elapsed / 1e9);
        }
    }

    private static void checkCount(MongoCollection<Document> events, long expected) {
        long stored = events.countDocuments();
        if (stored != expected) {
            throw new IllegalStateException("expected " + expected + " stored events, found " + stored);
        }
    }

    // ---------------------------------------------------------------- aggregate loads

    /**
     * The small and the large store each get a server of their own, both alive at once, and loads alternate
     * between them in rounds: both sides then share the JIT's state, the heap and whatever else the machine is
     * doing at that moment, and neither is measured colder than the other.
     */
    private void loadBenchmark(String backendName, Supplier<MongoBackend> backend, int largeEvents) {
        int smallEvents = options.loadSmall;
        System.out.printf(Locale.ROOT, "%n== Aggregate load, %s backend: %,d vs %,d events in the store, %,d loads of an %d-event aggregate each ==%n",
                backendName, smallEvents, largeEvents, options.loads, EVENTS_PER_AGGREGATE);
        try (EmbeddedServer smallServer = new EmbeddedServer(backend.get());
                EmbeddedServer largeServer = new EmbeddedServer(backend.get())) {
            MongoEventStorageEngine small = engine(smallServer.database());
            MongoEventStorageEngine large = engine(largeServer.database());
            Random random = new Random(42);

            int smallAggregates = populate(small, smallEvents / EVENTS_PER_AGGREGATE);
            checkConsistent(small, smallAggregates, random);
            long populateStart = System.nanoTime();
            int largeAggregates = populate(large, largeEvents / EVENTS_PER_AGGREGATE);
            double populateSeconds = (System.nanoTime() - populateStart) / 1e9;
            long largeTotal = (long) largeAggregates * EVENTS_PER_AGGREGATE;
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "  populated %,d events through engine.appendEvents (batches of %,d) in %.0f s: %,.0f ev/s; heap in use after GC %,d MB%n",
                    largeTotal, POPULATE_WINDOW, populateSeconds, largeTotal / populateSeconds,
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20);
            checkConsistent(large, largeAggregates, random);

            int perRound = Math.max(1, options.loads / LOAD_ROUNDS);
            for (int warmUp = 0; warmUp < 2; warmUp++) {
                loads(small, smallAggregates, random, perRound);
                loads(large, largeAggregates, random, perRound);
            }
            long[] smallNanos = new long[0];
            long[] largeNanos = new long[0];
            for (int round = 0; round < LOAD_ROUNDS; round++) {
                long[] smallRound;
                long[] largeRound;
                if (round % 2 == 0) {
                    smallRound = loads(small, smallAggregates, random, perRound);
                    largeRound = loads(large, largeAggregates, random, perRound);
                } else {
                    largeRound = loads(large, largeAggregates, random, perRound);
                    smallRound = loads(small, smallAggregates, random, perRound);
                }
                LoadStats s = LoadStats.of(smallRound);
                LoadStats l = LoadStats.of(largeRound);
                System.out.printf(Locale.ROOT, "  round %d (%s first): small median %.3f ms p99 %.3f ms | large median %.3f ms p99 %.3f ms%n",
                        round + 1, round % 2 == 0 ? "small" : "large", s.medianMillis(), s.p99Millis(), l.medianMillis(), l.p99Millis());
                smallNanos = concat(smallNanos, smallRound);
                largeNanos = concat(largeNanos, largeRound);
            }
            LoadStats smallStats = LoadStats.of(smallNanos);
            LoadStats largeStats = LoadStats.of(largeNanos);
            printLoads("%,d events".formatted((long) smallAggregates * EVENTS_PER_AGGREGATE), smallStats);
            printLoads("%,d events".formatted(largeTotal), largeStats);
            loadRows.add(new LoadRow(backendName, (long) smallAggregates * EVENTS_PER_AGGREGATE, largeTotal, smallStats, largeStats));
        }
    }

    /**
     * Appends {@code aggregates} aggregates of {@link #EVENTS_PER_AGGREGATE} events each. A window of aggregates
     * is written one sequence number at a time, so an aggregate's events lie apart in the log as a report's do.
     */
    private static int populate(MongoEventStorageEngine engine, int aggregates) {
        long start = System.nanoTime();
        long nextReport = 200_000;
        for (int windowStart = 0; windowStart < aggregates; windowStart += POPULATE_WINDOW) {
            int windowEnd = Math.min(aggregates, windowStart + POPULATE_WINDOW);
            for (int seq = 0; seq < EVENTS_PER_AGGREGATE; seq++) {
                List<DomainEventMessage<?>> batch = new ArrayList<>(windowEnd - windowStart);
                for (int aggregate = windowStart; aggregate < windowEnd; aggregate++) {
                    batch.add(event(aggregate, seq, 23));
                }
                engine.appendEvents(batch);
            }
            long written = (long) windowEnd * EVENTS_PER_AGGREGATE;
            if (written >= nextReport) {
                System.out.printf(Locale.ROOT, "    ... %,d events (%,.0f ev/s)%n", written, written / ((System.nanoTime() - start) / 1e9));
                nextReport += 200_000;
            }
        }
        return aggregates;
    }

    /** The populated log must be one the engine reads as it would its own: dense, no gaps, aggregates whole. */
    private static void checkConsistent(MongoEventStorageEngine engine, int aggregates, Random random) {
        long events = (long) aggregates * EVENTS_PER_AGGREGATE;
        GapAwareTrackingToken head = (GapAwareTrackingToken) engine.createHeadToken();
        if (head.getIndex() != events - 1 || head.hasGaps()) {
            throw new IllegalStateException("expected head at " + (events - 1) + " without gaps, found " + head);
        }
        long from = Math.max(-1, events - 11);
        List<Long> tail;
        try (Stream<? extends TrackedEventMessage<?>> stream =
                engine.readEvents(GapAwareTrackingToken.newInstance(from, List.of()), false)) {
            tail = stream.limit(10).map(e -> ((GapAwareTrackingToken) e.trackingToken()).getIndex()).toList();
        }
        for (int i = 0; i < tail.size(); i++) {
            if (tail.get(i) != from + 1 + i) {
                throw new IllegalStateException("tracking read of the tail returned positions " + tail);
            }
        }
        String aggregate = aggregateId(random.nextInt(aggregates));
        if (!engine.lastSequenceNumberFor(aggregate).equals(Optional.of((long) EVENTS_PER_AGGREGATE - 1))) {
            throw new IllegalStateException(aggregate + " does not end at sequence " + (EVENTS_PER_AGGREGATE - 1));
        }
    }

    private static long[] loads(MongoEventStorageEngine engine, int aggregates, Random random, int count) {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            String aggregate = aggregateId(random.nextInt(aggregates));
            long start = System.nanoTime();
            List<? extends DomainEventMessage<?>> events = engine.readEvents(aggregate).asStream().toList();
            nanos[i] = System.nanoTime() - start;
            if (events.size() != EVENTS_PER_AGGREGATE) {
                throw new IllegalStateException(aggregate + " loaded " + events.size() + " events");
            }
        }
        return nanos;
    }

    private static void printLoads(String store, LoadStats stats) {
        System.out.printf(Locale.ROOT, "  store with %-16s median %6.3f ms   p99 %6.3f ms   mean %6.3f ms (%,.0f loads/s)%n",
                store, stats.medianMillis(), stats.p99Millis(), stats.meanNanos() / 1e6, 1e9 / stats.meanNanos());
    }

    private static long[] concat(long[] a, long[] b) {
        long[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    // ---------------------------------------------------------------- events and documents

    private static MongoEventStorageEngine engine(MongoDatabase database) {
        return MongoEventStorageEngine.builder()
                .database(database)
                .eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER)
                .build();
    }

    /** {@code count} events of whole aggregates, each aggregate's events in order, as commands would append them. */
    private static List<DomainEventMessage<?>> eventStream(int count, long run) {
        List<DomainEventMessage<?>> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(event(i / EVENTS_PER_AGGREGATE, i % EVENTS_PER_AGGREGATE, run));
        }
        return events;
    }

    private static final String[] PROBLEMS = {
        "3号楼消防通道被私家车长期占用，物业多次劝离无效，晚上救护车进不来，请尽快协调处理并加装隔离桩",
        "地下车库充电桩不够用，有居民从五楼窗户飞线给电动车充电，电线垂到一楼人行道上，雨天存在严重安全隐患",
        "小区东门垃圾分类亭三天没有清运，厨余垃圾溢出，气味很大，蚊蝇很多，老人和小孩经过都要绕路走",
        "物业费收费标准与公示不一致，业主多次询问未得到书面答复，要求社区出面组织物业和业委会三方协调",
    };

    private static GenericDomainEventMessage<ReportSubmitted> event(int aggregate, int seq, long run) {
        String aggregateId = aggregateId(aggregate);
        Instant at = Instant.parse("2026-03-01T08:00:00Z").plusSeconds(aggregate * 37L + seq * 3_600L);
        ReportSubmitted payload = new ReportSubmitted(
                aggregateId,
                "g-%02d-%02d".formatted(aggregate % 17, aggregate % 29),
                "b-%02d-%02d-%02d".formatted(aggregate % 17, aggregate % 29, aggregate % 11),
                "parking",
                PROBLEMS[aggregate % PROBLEMS.length] + "（第" + seq + "次跟进）",
                Channel.RESIDENT_APP,
                new Reporter("resident-" + aggregate % 10_000, SEALED_NAME, SEALED_PHONE),
                new Actor("resident:" + new UUID(run, aggregate), Role.RESIDENT),
                at);
        // The correlation data Axon adds to every event a command handler applies.
        MetaData metaData = MetaData.from(Map.of(
                "traceId", new UUID(run + 1, aggregate).toString(),
                "correlationId", new UUID(run + 2, aggregate).toString()));
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, aggregateId, seq, payload, metaData,
                new UUID(run, (long) aggregate * EVENTS_PER_AGGREGATE + seq).toString(), at);
    }

    private static String aggregateId(int aggregate) {
        return "r-" + new UUID(0x5EED, aggregate);
    }

    /** The engine's document for each event, field for field, with dense positions from 0 as the engine assigns. */
    private static List<Document> rawDocuments(List<DomainEventMessage<?>> events) {
        List<Document> documents = new ArrayList<>(events.size());
        long position = 0;
        for (DomainEventMessage<?> event : events) {
            documents.add(engineShapedDocument(event, position++));
        }
        return documents;
    }

    private static Document engineShapedDocument(DomainEventMessage<?> event, long position) {
        var payload = event.serializePayload(SERIALIZER, String.class);
        var metaData = event.serializeMetaData(SERIALIZER, String.class);
        return new Document("_id", position)
                .append("eventId", event.getIdentifier())
                .append("aggregateKey", event.getAggregateIdentifier() + "#" + event.getSequenceNumber())
                .append("aggregateId", event.getAggregateIdentifier())
                .append("aggregateType", event.getType())
                .append("seq", event.getSequenceNumber())
                .append("timestamp", event.getTimestamp().toString())
                .append("type", payload.getType().getName())
                .append("revision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metadata", metaData.getData());
    }

    private record Sample(int payloadBytes, int metadataBytes, int bsonBytes) {}

    private static Sample sampleDocument() {
        Document document = engineShapedDocument(event(123, 3, 1), 123_456);
        int bson;
        try (var buffer = new org.bson.io.BasicOutputBuffer()) {
            new org.bson.codecs.BsonDocumentCodec().encode(new org.bson.BsonBinaryWriter(buffer),
                    document.toBsonDocument(), org.bson.codecs.EncoderContext.builder().build());
            bson = buffer.getPosition();
        }
        return new Sample(document.getString("payload").getBytes(StandardCharsets.UTF_8).length,
                document.getString("metadata").getBytes(StandardCharsets.UTF_8).length, bson);
    }

    private static <T> List<List<T>> batches(List<T> items, int size) {
        List<List<T>> batches = new ArrayList<>((items.size() + size - 1) / size);
        for (int i = 0; i < items.size(); i += size) {
            batches.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return batches;
    }

    // ---------------------------------------------------------------- output

    private void printMachine() {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Event store benchmark: JDK %s (%s), %d cores available, max heap %,d MB, %s %s%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"), runtime.availableProcessors(),
                runtime.maxMemory() >> 20, System.getProperty("os.name"), System.getProperty("os.arch"));
        System.out.println("Options: " + options);
        System.out.println("Load average at start: " + loadAverage());
    }

    /** Other builds share this machine's two cores; the load average tells how much they took during the run. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private void printSummary() {
        System.out.printf(Locale.ROOT, "%n== Summary == (load average now: %s)%n", loadAverage());
        if (!appendRows.isEmpty()) {
            System.out.printf(Locale.ROOT, "Append throughput, events/s (median of %d rounds); target engine/raw >= 0.50%n", options.rounds);
            System.out.printf(Locale.ROOT, "| %-30s | %5s | %10s | %10s | %10s | %-13s | %-6s |%n",
                    "backend", "batch", "raw driver", "engine", "engine/raw", "rounds' range", "target");
            System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%s|%s|%n", "-".repeat(32), "-".repeat(7), "-".repeat(12),
                    "-".repeat(12), "-".repeat(12), "-".repeat(15), "-".repeat(8));
            for (AppendRow row : appendRows) {
                if (Double.isNaN(row.engine)) {
                    System.out.printf(Locale.ROOT, "| %-30s | %5d | %,10.0f | %10s | %10s | %-13s | %-6s |%n",
                            row.backend, row.batch, row.raw, "", "", "", "");
                } else {
                    double ratio = row.engine / row.raw;
                    System.out.printf(Locale.ROOT, "| %-30s | %5d | %,10.0f | %,10.0f | %10.2f | %-13s | %-6s |%n",
                            row.backend, row.batch, row.raw, row.engine, ratio,
                            "%.2f–%.2f".formatted(row.lowestRatio, row.highestRatio), ratio >= 0.5 ? "met" : "MISSED");
                }
            }
        }
        if (!loadRows.isEmpty()) {
            System.out.printf(Locale.ROOT, "%nAggregate load (%d events, engine.readEvents(id).asStream().toList()); target large/small <= 2.0%n",
                    EVENTS_PER_AGGREGATE);
            System.out.printf(Locale.ROOT, "| %-8s | %-6s | %16s | %16s | %11s | %-6s |%n",
                    "backend", "stat", "small store", "large store", "large/small", "target");
            System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%s|%n",
                    "-".repeat(10), "-".repeat(8), "-".repeat(18), "-".repeat(18), "-".repeat(13), "-".repeat(8));
            for (LoadRow row : loadRows) {
                String small = "%,d ev".formatted(row.smallEvents);
                String large = "%,d ev".formatted(row.largeEvents);
                System.out.printf(Locale.ROOT, "| %-8s | %-6s | %16s | %16s | %11s | %-6s |%n", row.backend, "store", small, large, "", "");
                loadLine(row.backend, "median", row.small.medianMillis(), row.large.medianMillis());
                loadLine(row.backend, "p99", row.small.p99Millis(), row.large.p99Millis());
                System.out.printf(Locale.ROOT, "| %-8s | %-6s | %,10.0f /s    | %,10.0f /s    | %11s | %-6s |%n",
                        row.backend, "rate", row.small.loadsPerSecond(), row.large.loadsPerSecond(), "", "");
            }
        }
    }

    private static void loadLine(String backend, String stat, double small, double large) {
        double ratio = large / small;
        System.out.printf(Locale.ROOT, "| %-8s | %-6s | %13.3f ms | %13.3f ms | %11.2f | %-6s |%n",
                backend, stat, small, large, ratio, ratio <= 2.0 ? "met" : "MISSED");
    }

    /** Medians over the rounds, and the spread of the per-round ratio so the noise is visible next to the figure. */
    private record AppendRow(String backend, int batch, double raw, double engine, double lowestRatio, double highestRatio) {
        static AppendRow of(String backend, int batch, double[][] rounds) {
            double lowest = Double.MAX_VALUE;
            double highest = 0;
            for (int i = 0; i < rounds[0].length; i++) {
                double ratio = rounds[1][i] / rounds[0][i];
                lowest = Math.min(lowest, ratio);
                highest = Math.max(highest, ratio);
            }
            return new AppendRow(backend, batch, median(rounds[0]), median(rounds[1]), lowest, highest);
        }
    }

    private record LoadStats(long medianNanos, long p99Nanos, double meanNanos) {
        static LoadStats of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new LoadStats(percentile(sorted, 0.50), percentile(sorted, 0.99), Arrays.stream(sorted).average().orElse(0));
        }

        double loadsPerSecond() {
            return 1e9 / meanNanos;
        }

        double medianMillis() {
            return medianNanos / 1e6;
        }

        double p99Millis() {
            return p99Nanos / 1e6;
        }
    }

    private record LoadRow(String backend, long smallEvents, long largeEvents, LoadStats small, LoadStats large) {}

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    // ---------------------------------------------------------------- plumbing

    /** Sizes and parts, from system properties so one command line scales the whole run. */
    record Options(int rounds, int h2Batched, int h2Singles, int memoryBatched, int memorySingles,
                   int loadSmall, int loadLarge, int h2LoadLarge, int loads, List<String> parts) {
        static Options fromSystemProperties() {
            int events = Integer.getInteger("bench.events", -1);
            return new Options(
                    Integer.getInteger("bench.rounds", 5),
                    Integer.getInteger("bench.h2.events", events > 0 ? events : 5_000),
                    Integer.getInteger("bench.h2.singles", events > 0 ? events / 5 : 1_000),
                    Integer.getInteger("bench.memory.events", events > 0 ? events * 4 : 20_000),
                    Integer.getInteger("bench.memory.singles", events > 0 ? events : 5_000),
                    Integer.getInteger("bench.load.small", 1_000),
                    Integer.getInteger("bench.load.large", 1_000_000),
                    Integer.getInteger("bench.load.h2.large", 100_000),
                    Integer.getInteger("bench.loads", 2_000),
                    List.of(System.getProperty("bench.parts", "append,load").split(",")));
        }

        @Override
        public String toString() {
            return ("rounds=%d h2.events=%d h2.singles=%d memory.events=%d memory.singles=%d "
                    + "load.small=%d load.large=%d load.h2.large=%d loads=%d parts=%s").formatted(
                    rounds, h2Batched, h2Singles, memoryBatched, memorySingles, loadSmall, loadLarge, h2LoadLarge, loads,
                    String.join(",", parts));
        }
    }

    /** A wire-protocol server on loopback with one client, as the application runs it when no URL is configured. */
    private static final class EmbeddedServer implements AutoCloseable {
        private final MongoServer server;
        private final MongoClient client;

        EmbeddedServer(MongoBackend backend) {
            server = new MongoServer(backend);
            server.bind("127.0.0.1", 0);
            client = MongoClients.create(server.getConnectionString());
        }

        MongoDatabase database() {
            return client.getDatabase("grid_steward");
        }

        @Override
        public void close() {
            client.close();
            server.shutdownNow();
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
