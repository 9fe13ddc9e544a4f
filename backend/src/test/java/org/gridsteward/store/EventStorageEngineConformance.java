package org.gridsteward.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.gridsteward.events.EventType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every event storage engine of Grid Steward must keep. A subclass supplies the engine; the suite
 * proves ordering, concurrency, gap handling and persistence through the engine's public Axon interface.
 */
public abstract class EventStorageEngineConformance {

    @EventType(name = "ConformanceEvent")
    public record ConformanceEvent(String value) {}

    protected static final Serializer SERIALIZER =
            new EventTypeSerializer(EventJson.objectMapper(), List.of(ConformanceEvent.class));

    private final ExecutorService writers = Executors.newCachedThreadPool();

    /** A fresh, empty engine; calls within one test share its storage. */
    protected abstract EventStorageEngine engine(CommitGate gate, Duration gapTimeout, int maxGapOffset);

    /** The same storage reopened as after a restart of the whole process. */
    protected abstract EventStorageEngine reopen(CommitGate gate, Duration gapTimeout, int maxGapOffset);

    /** How many stored events the storage has handed out since the last call. */
    protected abstract long eventsReadSinceLastCall();

    protected abstract ProcessorHarness processorHarness(EventStorageEngine engine);

    /** A tracking processor on this storage whose tokens are kept in the storage too. */
    public interface ProcessorHarness extends AutoCloseable {
        void start(String name, List<String> handledValues);

        @Override
        void close();
    }

    protected EventStorageEngine engine() {
        return engine(CommitGate.OPEN, Duration.ofSeconds(10), 10_000);
    }

    @AfterEach
    void stopWriters() {
        writers.shutdownNow();
    }

    // ---------------------------------------------------------------- the contract

    @Test
    void appendedEventsAreReadBackInOrderWithTheirMetadata() {
        EventStorageEngine engine = engine();
        Instant at = Instant.parse("2026-03-01T08:30:00.123456Z");
        engine.appendEvents(List.of(
                event("report-1", 0, "submitted", at).andMetaData(Map.of("traceId", "t-1")),
                event("report-1", 1, "classified", at.plusSeconds(5))));

        List<? extends DomainEventMessage<?>> stream = engine.readEvents("report-1").asStream().toList();

        assertThat(stream).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
        assertThat(stream.stream().<Object>map(EventMessage::getPayload).toList())
                .containsExactly(new ConformanceEvent("submitted"), new ConformanceEvent("classified"));
        assertThat(stream.get(0).getMetaData()).containsEntry("traceId", "t-1");
        assertThat(stream.get(0).getTimestamp()).isEqualTo(at);
        assertThat(values(readAll(engine, null))).containsExactly("submitted", "classified");
    }

    @Test
    void aggregateStreamContinuesFromAGivenSequenceNumber() {
        EventStorageEngine engine = engine();
        List<EventMessage<?>> history = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            history.add(event("report-long", i, "e" + i, Instant.now()));
        }
        engine.appendEvents(history);

        assertThat(engine.readEvents("report-long", 30).asStream().map(e -> e.getSequenceNumber()).toList())
                .containsExactly(30L, 31L, 32L, 33L, 34L, 35L, 36L, 37L, 38L, 39L);
        assertThat(engine.lastSequenceNumberFor("report-long")).contains(39L);
        assertThat(engine.lastSequenceNumberFor("nobody")).isEmpty();
    }

    @Test
    void concurrentAppendsToOneAggregateLetExactlyOneWin() throws Exception {
        EventStorageEngine engine = engine();
        for (int round = 0; round < 20; round++) {
            String id = "contended-" + round;
            engine.appendEvents(List.of(event(id, 0, "first", Instant.now())));
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> attempts = new ArrayList<>();
            for (String writer : List.of("a", "b")) {
                attempts.add(writers.submit(() -> {
                    start.await();
                    engine.appendEvents(List.of(event(id, 1, writer, Instant.now())));
                    return null;
                }));
            }
            start.countDown();
            int succeeded = 0;
            int conflicted = 0;
            for (Future<?> attempt : attempts) {
                try {
                    attempt.get(10, TimeUnit.SECONDS);
                    succeeded++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConcurrencyException.class);
                    conflicted++;
                }
            }
            assertThat(succeeded).as("round %d", round).isEqualTo(1);
            assertThat(conflicted).as("round %d", round).isEqualTo(1);
            assertThat(engine.readEvents(id).asStream().count()).isEqualTo(2);
        }
        assertThat(readAll(engine, null)).hasSize(40);
    }

    @Test
    void creatingAnAggregateThatExistsIsAConflict() {
        EventStorageEngine engine = engine();
        engine.appendEvents(List.of(event("report-dup", 0, "one", Instant.now())));

        assertThatThrownBy(() -> engine.appendEvents(List.of(event("report-dup", 0, "two", Instant.now()))))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(values(engine.readEvents("report-dup").asStream().toList())).containsExactly("one");
    }

    @Test
    void failedAppendLeavesNoHoleForReaders() {
        EventStorageEngine engine = engine();
        engine.appendEvents(List.of(event("r", 0, "one", Instant.now()), event("r", 1, "two", Instant.now())));
        assertThatThrownBy(() -> engine.appendEvents(List.of(event("r", 1, "clash", Instant.now()))))
                .isInstanceOf(ConcurrencyException.class);
        engine.appendEvents(List.of(event("r", 2, "three", Instant.now())));

        List<TrackedEventMessage<?>> all = readAll(engine, null);

        assertThat(values(all)).containsExactly("one", "two", "three");
        assertThat(gapsOf(all.get(all.size() - 1).trackingToken())).isEmpty();
    }

    @Test
    void positionCommittedAfterLaterPositionsIsStillDelivered() throws Exception {
        HeldWriter held = new HeldWriter();
        EventStorageEngine engine = engine(held, Duration.ofMinutes(5), 10_000);
        Future<?> slow = writers.submit(() -> engine.appendEvents(List.of(event("slow", 0, "late", Instant.now()))));
        held.awaitHeld();
        for (int i = 0; i < 5; i++) {
            engine.appendEvents(List.of(event("fast-" + i, 0, "fast-" + i, Instant.now())));
        }
        List<TrackedEventMessage<?>> firstRead = readAll(engine, null);
        assertThat(values(firstRead)).containsExactly("fast-0", "fast-1", "fast-2", "fast-3", "fast-4");

        held.release();
        slow.get(10, TimeUnit.SECONDS);
        List<TrackedEventMessage<?>> secondRead = readAll(engine, lastToken(firstRead));

        assertThat(values(secondRead)).containsExactly("late");
        assertThat(gapsOf(secondRead.get(0).trackingToken())).isEmpty();
    }

    @Test
    void slowWriterWhosePositionWasFencedCommitsFurtherOnAndIsDelivered() throws Exception {
        HeldWriter held = new HeldWriter();
        EventStorageEngine engine = engine(held, Duration.ofMillis(50), 10_000);
        Future<?> slow = writers.submit(() -> engine.appendEvents(List.of(event("slow", 0, "late", Instant.now()))));
        held.awaitHeld();
        engine.appendEvents(List.of(event("fast", 0, "fast", Instant.now())));
        List<TrackedEventMessage<?>> firstRead = readAll(engine, null);
        assertThat(gapsOf(lastToken(firstRead))).hasSize(1);

        // Once the gap has been open longer than the timeout, the next read fences it.
        awaitTrue(() -> {
            readAll(engine, lastToken(firstRead));
            return gapsOf(lastToken(readAll(engine, null))).isEmpty();
        });
        held.release();
        slow.get(10, TimeUnit.SECONDS);

        List<TrackedEventMessage<?>> secondRead = readAll(engine, lastToken(firstRead));
        assertThat(values(secondRead)).containsExactly("late");
        assertThat(values(engine.readEvents("slow").asStream().toList())).containsExactly("late");
    }

    @Test
    void writersClockHasNoInfluenceOnDelivery() throws Exception {
        HeldWriter held = new HeldWriter();
        EventStorageEngine engine = engine(held, Duration.ofMinutes(5), 10_000);
        Instant now = Instant.now();
        Future<?> lagging = writers.submit(() ->
                engine.appendEvents(List.of(event("lagging", 0, "clock-behind", now.minus(Duration.ofHours(3))))));
        held.awaitHeld();
        engine.appendEvents(List.of(event("ahead", 0, "clock-ahead", now.plus(Duration.ofHours(2)))));
        engine.appendEvents(List.of(event("right", 0, "clock-right", now)));
        List<TrackedEventMessage<?>> firstRead = readAll(engine, null);
        held.release();
        lagging.get(10, TimeUnit.SECONDS);
        engine.appendEvents(List.of(event("old", 0, "clock-far-behind", now.minus(Duration.ofDays(30)))));

        List<TrackedEventMessage<?>> secondRead = readAll(engine, lastToken(firstRead));

        assertThat(values(firstRead)).containsExactly("clock-ahead", "clock-right");
        assertThat(values(secondRead)).containsExactly("clock-behind", "clock-far-behind");
    }

    @Test
    void tokenSizeStaysBoundedAsTheLogGrows() {
        DyingWriters dying = new DyingWriters();
        int maxGapOffset = 50;
        EventStorageEngine engine = engine(dying, Duration.ofMinutes(5), maxGapOffset);
        TrackingToken token = null;
        int delivered = 0;
        int maxGaps = 0;
        for (int round = 0; round < 40; round++) {
            // Every round a writer dies after reserving its position, leaving a hole that nobody will fill.
            dying.killNext();
            assertThatThrownBy(() -> engine.appendEvents(List.of(event("dead-" + UUID.randomUUID(), 0, "x", Instant.now()))))
                    .isInstanceOf(IllegalStateException.class);
            List<EventMessage<?>> batch = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                batch.add(event("live-" + round + "-" + i, 0, "v", Instant.now()));
            }
            engine.appendEvents(batch.subList(0, 12));
            engine.appendEvents(batch.subList(12, 25));
            List<TrackedEventMessage<?>> read = readAll(engine, token);
            delivered += read.size();
            token = lastToken(read);
            maxGaps = Math.max(maxGaps, gapsOf(token).size());
        }
        assertThat(delivered).isEqualTo(40 * 25);
        assertThat(maxGaps).isLessThanOrEqualTo(maxGapOffset / 25 + 2);
        assertThat(token.toString().length()).isLessThan(400);
    }

    @Test
    void reappendingAnEventIdIsRejected() {
        EventStorageEngine engine = engine();
        GenericDomainEventMessage<ConformanceEvent> original = event("report-a", 0, "original", Instant.now());
        engine.appendEvents(List.of(original));
        GenericDomainEventMessage<ConformanceEvent> sameId = new GenericDomainEventMessage<>(
                "Report", "report-b", 0, new ConformanceEvent("copy"), Map.of(), original.getIdentifier(), Instant.now());

        assertThatThrownBy(() -> engine.appendEvents(List.of(sameId))).isInstanceOf(DuplicateEventIdException.class);
        assertThat(engine.readEvents("report-b").asStream().count()).isZero();
        assertThat(values(readAll(engine, null))).containsExactly("original");
    }

    @Test
    void aggregateLoadTouchesOnlyThatAggregatesEvents() {
        EventStorageEngine engine = engine();
        for (int seq = 0; seq < 6; seq++) {
            List<EventMessage<?>> round = new ArrayList<>();
            for (int aggregate = 0; aggregate < 50; aggregate++) {
                round.add(event("agg-" + aggregate, seq, "e", Instant.now()));
            }
            engine.appendEvents(round);
        }
        eventsReadSinceLastCall();

        long loaded = engine.readEvents("agg-7").asStream().count();

        assertThat(loaded).isEqualTo(6);
        assertThat(eventsReadSinceLastCall()).isEqualTo(6);
    }

    @Test
    void storedEventsSurviveARestart() {
        EventStorageEngine before = engine();
        before.appendEvents(List.of(event("kept", 0, "one", Instant.now()), event("kept", 1, "two", Instant.now())));

        EventStorageEngine after = reopen(CommitGate.OPEN, Duration.ofSeconds(10), 10_000);
        after.appendEvents(List.of(event("kept", 2, "three", Instant.now())));

        assertThat(values(after.readEvents("kept").asStream().toList())).containsExactly("one", "two", "three");
        assertThat(values(readAll(after, null))).containsExactly("one", "two", "three");
    }

    @Test
    void processorResumesAfterRestartFromItsStoredToken() throws Exception {
        EventStorageEngine engine = engine();
        for (int i = 0; i < 10; i++) {
            engine.appendEvents(List.of(event("before-" + i, 0, "before-" + i, Instant.now())));
        }
        List<String> firstRun = new CopyOnWriteArrayList<>();
        try (ProcessorHarness processor = processorHarness(engine)) {
            processor.start("conformance", firstRun);
            awaitTrue(() -> firstRun.size() == 10);
        }
        for (int i = 0; i < 5; i++) {
            engine.appendEvents(List.of(event("after-" + i, 0, "after-" + i, Instant.now())));
        }

        EventStorageEngine restarted = reopen(CommitGate.OPEN, Duration.ofSeconds(10), 10_000);
        List<String> secondRun = new CopyOnWriteArrayList<>();
        try (ProcessorHarness processor = processorHarness(restarted)) {
            processor.start("conformance", secondRun);
            awaitTrue(() -> secondRun.size() >= 5);
        }

        assertThat(firstRun).hasSize(10).allMatch(v -> v.startsWith("before-"));
        assertThat(secondRun).containsExactly("after-0", "after-1", "after-2", "after-3", "after-4");
    }

    @Test
    void headTokenStartsAfterEverythingStored() {
        EventStorageEngine engine = engine();
        engine.appendEvents(List.of(event("x", 0, "old", Instant.now())));
        TrackingToken head = engine.createHeadToken();
        engine.appendEvents(List.of(event("x", 1, "new", Instant.now())));

        assertThat(values(readAll(engine, head))).containsExactly("new");
        assertThat(values(readAll(engine, engine.createTailToken()))).containsExactly("old", "new");
    }

    @Test
    void tokenAtAnInstantStartsWithTheFirstEventStoredFromThen() {
        EventStorageEngine engine = engine();
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 20; i++) {
            engine.appendEvents(List.of(event("t-" + i, 0, "minute-" + i, t0.plus(Duration.ofMinutes(i)))));
        }

        TrackingToken token = engine.createTokenAt(t0.plus(Duration.ofMinutes(15)));

        assertThat(values(readAll(engine, token))).containsExactly("minute-15", "minute-16", "minute-17", "minute-18", "minute-19");
    }

    // ---------------------------------------------------------------- helpers

    protected static GenericDomainEventMessage<ConformanceEvent> event(String aggregate, long seq, String value, Instant at) {
        return new GenericDomainEventMessage<>(
                "Report", aggregate, seq, new ConformanceEvent(value), Map.of(), UUID.randomUUID().toString(), at);
    }

    private static List<TrackedEventMessage<?>> readAll(EventStorageEngine engine, TrackingToken from) {
        return engine.readEvents(from, false).collect(Collectors.toList());
    }

    private static List<String> values(List<? extends EventMessage<?>> messages) {
        return messages.stream().map(m -> ((ConformanceEvent) m.getPayload()).value()).toList();
    }

    private static TrackingToken lastToken(List<TrackedEventMessage<?>> read) {
        return read.isEmpty() ? null : read.get(read.size() - 1).trackingToken();
    }

    private static java.util.Set<Long> gapsOf(TrackingToken token) {
        return token == null ? Collections.emptySet() : ((GapAwareTrackingToken) token).getGaps();
    }

    protected static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(10);
        }
    }

    /** Lets the chosen writer die after reserving its positions, as a node killed mid-append would. */
    static final class DyingWriters implements CommitGate {
        private final AtomicBoolean killNext = new AtomicBoolean();

        void killNext() {
            killNext.set(true);
        }

        @Override
        public void beforeInsert(List<Long> positions) {
            if (killNext.compareAndSet(true, false)) {
                throw new IllegalStateException("writer died holding " + positions);
            }
        }
    }
}
