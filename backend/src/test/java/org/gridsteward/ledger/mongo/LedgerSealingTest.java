package org.gridsteward.ledger.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Binary;
import org.gridsteward.ledger.LeafEncoding;
import org.gridsteward.ledger.MerkleProofs;
import org.gridsteward.ledger.NodeId;
import org.gridsteward.ledger.Range;
import org.gridsteward.ledger.TreeHead;
import org.gridsteward.ledger.Verdict;
import org.gridsteward.ledger.LogVerifier;
import org.gridsteward.runtime.EmbeddedMemoryBackend;
import org.gridsteward.store.CommitGate;
import org.gridsteward.store.EventStorageEngineConformance.ConformanceEvent;
import org.gridsteward.store.EventJson;
import org.gridsteward.store.EventTypeSerializer;
import org.gridsteward.store.HeldWriter;
import org.gridsteward.store.LedgerDocuments;
import org.gridsteward.store.MongoEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sealer and the verifier on the real event store, through the real MongoDB driver against the embedded
 * wire-protocol server; tampering is done the way an intruder with database access would, through the driver.
 */
class LedgerSealingTest {
    private static final Duration SKIP_AFTER = Duration.ofSeconds(15);
    private static final KeyPair KEYS = ed25519();
    private static final Serializer SERIALIZER =
            new EventTypeSerializer(EventJson.objectMapper(), List.of(ConformanceEvent.class));

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private MongoCollection<Document> events;
    private MongoLedger ledger;
    private final AtomicLong nanos = new AtomicLong();

    @BeforeEach
    void start() {
        server = new MongoServer(new EmbeddedMemoryBackend());
        server.bind();
        client = MongoClients.create(server.getConnectionString());
        database = client.getDatabase("ledger");
        events = database.getCollection("events");
        ledger = new MongoLedger(database);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void everyEventIsStoredWithTheLeafHashOfItsEnvelopeAsStored() {
        MongoEventStorageEngine engine = engine(CommitGate.OPEN);
        append(engine, "r-1", 0, "消防通道堵塞");
        Document stored = events.find(eq("_id", 0L)).first();
        assertThat(stored.get(LedgerDocuments.LEAF, Binary.class).getData())
                .isEqualTo(LeafEncoding.leafHash(LedgerDocuments.storedEvent(stored)));
    }

    @Test
    void aSealedLogVerifiesAndItsProofsHoldAgainstTheSignedHeads() {
        MongoEventStorageEngine engine = engine(CommitGate.OPEN);
        Sealer sealer = sealer("node-a");
        appendMany(engine, 13);
        assertThat(sealer.sealOnce()).isEqualTo(13);
        appendMany(engine, 8);
        assertThat(sealer.sealOnce()).isEqualTo(8);

        List<TreeHead> heads = ledger.heads();
        assertThat(heads).extracting(TreeHead::size).contains(13L, 21L).isSorted();
        assertThat(verify()).isEqualTo(Verdict.intact(21));

        TreeHead first = heads.stream().filter(h -> h.size() == 13).findFirst().orElseThrow();
        TreeHead latest = heads.get(heads.size() - 1);
        byte[] leaf = ledger.nodes(List.of(new NodeId(0, 5))).get(new NodeId(0, 5));
        List<byte[]> path = ledger.hashes(MerkleProofs.inclusion(5, 21));
        assertThat(MerkleProofs.verifyInclusion(5, 21, leaf, path, latest.root())).isTrue();
        List<byte[]> consistency = ledger.hashes(MerkleProofs.consistency(13, 21));
        assertThat(MerkleProofs.verifyConsistency(13, 21, first.root(), latest.root(), consistency)).isTrue();
        assertThat(ledger.hashes(List.of(new Range(0, 21))).get(0)).isEqualTo(latest.root());
    }

    @Test
    void aChangedEventIsNamed() {
        sealedLogOf(10);
        events.updateOne(eq("_id", 4L), Updates.set("payload", "{\"value\":\"改写\"}"));
        assertThat(verify()).isEqualTo(Verdict.broken(4, Verdict.Reason.CHANGED));
    }

    @Test
    void aDeletedEventIsMissing() {
        sealedLogOf(10);
        events.deleteOne(eq("_id", 7L));
        assertThat(verify()).isEqualTo(Verdict.broken(7, Verdict.Reason.MISSING));
    }

    @Test
    void aHeadInsertedWithoutTheServersKeyIsForged() {
        sealedLogOf(10);
        byte[] root = ledger.heads().get(0).root().clone();
        root[0] ^= 1;
        ledger.storeHead(TreeHead.sign(6, root, Instant.now(), ed25519().getPrivate()));
        assertThat(verify()).isEqualTo(Verdict.broken(5, Verdict.Reason.FORGED_HEAD));
    }

    @Test
    void aPositionWhoseWriterStalledIsSkippedOnlyAfterItsReservationExpiredAndAnEventSlippedInLaterIsCaught()
            throws Exception {
        HeldWriter held = new HeldWriter(false);
        MongoEventStorageEngine engine = engine(held);
        Sealer sealer = sealer("node-a");
        appendMany(engine, 3);
        held.holdNext();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> stalled = writer.submit(() -> append(engine, "stalled", 0, "late"));
        held.awaitHeld();
        appendMany(engine, 4);

        assertThat(sealer.sealOnce()).as("sealed up to the empty position 3").isEqualTo(3);
        nanos.addAndGet(SKIP_AFTER.toNanos() - 1);
        assertThat(sealer.sealOnce()).as("still within its reservation").isZero();
        nanos.addAndGet(1);
        assertThat(sealer.sealOnce()).as("skipped, then the rest").isEqualTo(5);
        assertThat(ledger.nodes(List.of(new NodeId(0, 3))).get(new NodeId(0, 3))).isEqualTo(LeafEncoding.skippedLeafHash(3));

        held.release();
        stalled.get(10, TimeUnit.SECONDS);
        writer.shutdown();
        sealer.sealOnce();
        assertThat(verify()).isEqualTo(Verdict.intact(ledger.sealedSize()));
        assertThat(ledger.entries(0, ledger.sealedSize()).values())
                .filteredOn(e -> e instanceof org.gridsteward.ledger.LogEntry.Event ev && ev.event().aggregateId().equals("stalled"))
                .hasSize(1);

        Document intruder = events.find(eq("_id", 4L)).first();
        intruder.put("_id", 3L);
        intruder.put("eventId", UUID.randomUUID().toString());
        intruder.put("aggregateKey", "intruder#0");
        intruder.put("aggregateId", "intruder");
        intruder.remove(LedgerDocuments.LEAF);
        events.deleteOne(eq("_id", 3L));
        events.insertOne(intruder);
        assertThat(verify()).isEqualTo(Verdict.broken(3, Verdict.Reason.INSERTED));
    }

    @Test
    void aSealerResumesFromTheStoredFrontierAndOnlyOneSealsAtATime() {
        MongoEventStorageEngine engine = engine(CommitGate.OPEN);
        appendMany(engine, 11);
        assertThat(sealer("node-a").sealOnce()).isEqualTo(11);
        appendMany(engine, 6);
        assertThat(sealer("node-b").sealOnce()).as("node-a's lease still runs").isZero();
        Sealer restarted = sealer("node-a");
        assertThat(restarted.sealOnce()).as("only the new positions").isEqualTo(6);
        assertThat(ledger.sealedSize()).isEqualTo(17);
        assertThat(verify()).isEqualTo(Verdict.intact(17));
    }

    @Test
    void concurrentWritersStillSealToAnIntactTree() throws Exception {
        MongoEventStorageEngine engine = engine(CommitGate.OPEN);
        Sealer sealer = sealer("node-a");
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            String aggregate = "writer-" + w;
            done.add(writers.submit(() -> {
                for (int seq = 0; seq < 40; seq++) {
                    append(engine, aggregate, seq, "v" + seq);
                }
            }));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        Future<?> sealing = Executors.newSingleThreadExecutor().submit(() -> {
            while (writing.get()) {
                sealer.sealOnce();
            }
        });
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        writing.set(false);
        sealing.get(30, TimeUnit.SECONDS);
        writers.shutdown();
        sealer.sealOnce();

        assertThat(ledger.sealedSize()).isEqualTo(ledger.highestReserved() + 1);
        assertThat(ledger.entries(0, ledger.sealedSize()).values())
                .filteredOn(e -> e instanceof org.gridsteward.ledger.LogEntry.Event).hasSize(160);
        assertThat(verify()).isEqualTo(Verdict.intact(ledger.sealedSize()));
    }

    @Test
    void theCommandLineVerifierAnswersWithTheVerdictAndItsExitStatus(@TempDir Path directory) throws Exception {
        sealedLogOf(6);
        Path key = Files.writeString(directory.resolve("key.txt"), Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()));
        String[] args = {"--public-key", key.toString(), "--mongodb", server.getConnectionString(), "--database", "ledger"};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(VerifyLog.run(args, new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).trim()).isEqualTo("{\"status\":\"intact\",\"verifiedUpTo\":6}");

        events.updateOne(eq("_id", 2L), Updates.set("timestamp", "2020-01-01T00:00:00Z"));
        out.reset();
        assertThat(VerifyLog.run(args, new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).trim())
                .isEqualTo("{\"status\":\"broken\",\"firstBadPosition\":2,\"reason\":\"changed\"}");
    }

    // ---------------------------------------------------------------- fixtures

    private void sealedLogOf(int count) {
        appendMany(engine(CommitGate.OPEN), count);
        assertThat(sealer("node-a").sealOnce()).isEqualTo(count);
        assertThat(verify()).isEqualTo(Verdict.intact(count));
    }

    private Verdict verify() {
        return new LogVerifier(ledger, KEYS.getPublic()).verify(ledger.heads());
    }

    private Sealer sealer(String node) {
        return new Sealer(ledger, KEYS.getPrivate(), Clock.systemUTC(), nanos::get,
                new Sealer.Options(node, Duration.ofMinutes(5), SKIP_AFTER, 1_000_000, Duration.ZERO, 7));
    }

    private MongoEventStorageEngine engine(CommitGate gate) {
        return MongoEventStorageEngine.builder()
                .database(database)
                .eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER)
                .commitGate(gate)
                .build();
    }

    private static void appendMany(MongoEventStorageEngine engine, int count) {
        for (int i = 0; i < count; i++) {
            append(engine, "report-" + UUID.randomUUID(), 0, "event " + i);
        }
    }

    private static void append(MongoEventStorageEngine engine, String aggregate, long seq, String value) {
        engine.appendEvents(List.of(new GenericDomainEventMessage<>(
                "Report", aggregate, seq, new ConformanceEvent(value), Map.of(), UUID.randomUUID().toString(), Instant.now())));
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
