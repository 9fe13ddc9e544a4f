package org.gridsteward.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.gridsteward.store.EventStorageEngineConformance.ConformanceEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one-pass reader of the whole log: position order restored from insertion order, gaps kept as tracking keeps them. */
class LogScanTest {
    private final ExecutorService writers = Executors.newCachedThreadPool();
    private MongoServer server;
    private MongoClient client;
    private HeldWriter held;
    private MongoEventStorageEngine engine;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind();
        client = MongoClients.create(server.getConnectionString());
        held = new HeldWriter();
        engine = MongoEventStorageEngine.builder()
                .database(client.getDatabase("scan"))
                .eventSerializer(EventStorageEngineConformance.SERIALIZER)
                .snapshotSerializer(EventStorageEngineConformance.SERIALIZER)
                .commitGate(held)
                .gapTimeout(Duration.ofMinutes(5))
                .build();
    }

    @AfterEach
    void stop() {
        held.release();
        writers.shutdownNow();
        client.close();
        server.shutdownNow();
    }

    @Test
    void eventsCommittedAfterLaterPositionsComeOutInPositionOrder() throws Exception {
        Future<?> slow = heldAppend("late");
        append("a", "b", "c");
        held.release();
        slow.get(10, TimeUnit.SECONDS);

        Scanned scanned = scan(10);

        assertThat(values(scanned.events())).containsExactly("late", "a", "b", "c");
        assertThat(positions(scanned.events())).containsExactly(0L, 1L, 2L, 3L);
        assertThat(scanned.end().getIndex()).isEqualTo(3);
        assertThat(scanned.end().getGaps()).isEmpty();
    }

    @Test
    void aPositionMissingLongerThanTheWindowBecomesAGapAndIsDeliveredWhenItArrives() throws Exception {
        Future<?> slow = heldAppend("late");
        append("a", "b", "c");
        held.release();
        slow.get(10, TimeUnit.SECONDS);

        Scanned scanned = scan(2);

        assertThat(values(scanned.events())).containsExactly("a", "b", "c", "late");
        GapAwareTrackingToken first = (GapAwareTrackingToken) scanned.events().get(0).trackingToken();
        assertThat(first.getIndex()).isEqualTo(1);
        assertThat(first.getGaps()).containsExactly(0L);
        assertThat(scanned.end().getIndex()).isEqualTo(3);
        assertThat(scanned.end().getGaps()).isEmpty();
    }

    @Test
    void aPositionStillMissingAtTheEndIsAGapThatAProcessorResumingFromTheScanStillReceives() throws Exception {
        Future<?> slow = heldAppend("late");
        append("a", "b");

        Scanned scanned = scan(10);
        held.release();
        slow.get(10, TimeUnit.SECONDS);
        append("after");

        assertThat(values(scanned.events())).containsExactly("a", "b");
        assertThat(scanned.end().getIndex()).isEqualTo(2);
        assertThat(scanned.end().getGaps()).containsExactly(0L);
        assertThat(values(engine.readEvents(scanned.end(), false).toList())).containsExactly("late", "after");
    }

    @Test
    void theScanKnowsHowManyPositionsItHasToGetThrough() {
        held.release();
        append("a", "b", "c");

        try (LogScan scan = engine.scanWholeLog(10)) {
            assertThat(scan.positionsAtStart()).isEqualTo(3);
        }
    }

    private Future<?> heldAppend(String value) throws InterruptedException {
        Future<?> writer = writers.submit(() ->
                engine.appendEvents(List.of(EventStorageEngineConformance.event("slow", 0, value, Instant.now()))));
        held.awaitHeld();
        return writer;
    }

    private void append(String... values) {
        for (String value : values) {
            engine.appendEvents(List.of(EventStorageEngineConformance.event("agg-" + value, 0, value, Instant.now())));
        }
    }

    /** What a whole scan delivered, in chunks of two, and the token it ended at. */
    private record Scanned(List<TrackedEventMessage<?>> events, GapAwareTrackingToken end) {}

    private Scanned scan(int window) {
        try (LogScan scan = engine.scanWholeLog(window)) {
            List<TrackedEventMessage<?>> all = new ArrayList<>();
            for (List<TrackedEventMessage<?>> chunk = scan.next(2); !chunk.isEmpty(); chunk = scan.next(2)) {
                all.addAll(chunk);
            }
            return new Scanned(all, scan.token());
        }
    }

    private static List<String> values(List<? extends TrackedEventMessage<?>> messages) {
        return messages.stream().map(m -> ((ConformanceEvent) m.getPayload()).value()).toList();
    }

    private static List<Long> positions(List<TrackedEventMessage<?>> messages) {
        return messages.stream().map(m -> m.trackingToken().position().orElseThrow()).toList();
    }
}
