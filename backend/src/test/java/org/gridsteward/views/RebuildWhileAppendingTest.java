package org.gridsteward.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.runtime.AxonRuntime;
import org.gridsteward.store.HeldWriter;
import org.gridsteward.store.MongoEventStorageEngine;
import org.gridsteward.views.RebuildStatus.Phase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real view processors on the real engine (embedded server, memory backend) while reports keep arriving:
 * what is appended while the views are rebuilt in one pass is applied by the processors once they resume.
 */
class RebuildWhileAppendingTest {
    private static final String GRID = ViewFixture.GRID;

    private final ExecutorService writers = Executors.newCachedThreadPool();
    private final HeldWriter gate = new HeldWriter(false);
    private MongoServer server;
    private MongoClient client;
    private MongoEventStorageEngine engine;
    private ViewProcessing processing;
    private Configuration configuration;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind();
        client = MongoClients.create(server.getConnectionString());
        MongoDatabase database = client.getDatabase("views");
        Serializer serializer = AxonRuntime.eventSerializer();
        engine = MongoEventStorageEngine.builder()
                .database(database).eventSerializer(serializer).snapshotSerializer(serializer)
                .commitGate(gate)
                .gapTimeout(Duration.ofMinutes(5))
                .build();
        processing = new ViewProcessing(database, ViewFixture.CITY, Clock.fixed(ViewFixture.NOW, ZoneOffset.UTC),
                new SimpleMeterRegistry(), new DiscardingEmitter());
        configuration = AxonRuntime.onEngine(engine)
                .eventProcessing(processing::configure)
                .buildConfiguration();
        configuration.start();
    }

    @AfterEach
    void stop() {
        gate.release();
        writers.shutdownNow();
        configuration.shutdown();
        client.close();
        server.shutdownNow();
    }

    @Test
    void reportsAppendedWhileTheViewsAreRebuiltReachThemAndLeaveThemAsAQuietRebuildWould() throws Exception {
        for (int r = 0; r < 300; r++) {
            handled("before-" + r);
        }
        Poll.until(Duration.ofSeconds(30), processing::caughtUp, () -> "first build: " + processing.status());
        // A writer that has its position but commits only after the replay: a gap for the replay to hand over.
        gate.holdNext();
        Future<?> late = writers.submit(() -> submitted("late"));
        gate.awaitHeld();
        submitted("after-late");
        AtomicBoolean replayed = new AtomicBoolean();
        Future<Integer> during = writers.submit(() -> {
            int count = 0;
            while (!replayed.get()) {
                submitted("during-" + count++);
            }
            return count;
        });

        processing.rebuild();
        Poll.until(Duration.ofSeconds(30), () -> processing.rebuildStatus().phase() == Phase.DONE,
                () -> "replayed: " + processing.rebuildStatus());
        replayed.set(true);
        int appendedDuring = during.get(10, TimeUnit.SECONDS);
        gate.release();
        late.get(10, TimeUnit.SECONDS);
        Poll.until(Duration.ofSeconds(30), () -> processing.caughtUp() && received() == 302 + appendedDuring,
                () -> "every report received once: " + received() + " of " + (302 + appendedDuring) + "; " + processing.status());
        List<ScopeView> afterAppends = everyView();

        processing.rebuild();
        Poll.until(Duration.ofSeconds(30), () -> processing.rebuildStatus().phase() == Phase.DONE && processing.caughtUp(),
                () -> "quiet rebuild: " + processing.rebuildStatus());

        assertThat(everyView()).isEqualTo(afterAppends);
        assertThat(afterAppends.get(0).figures().received()).isEqualTo(302 + appendedDuring);
    }

    @Test
    void theRebuildReportsHowFarItGot() {
        for (int r = 0; r < 100; r++) {
            handled("r-" + r);
        }
        Poll.until(Duration.ofSeconds(30), processing::caughtUp, () -> "first build: " + processing.status());

        processing.rebuild();
        Poll.until(Duration.ofSeconds(30), () -> processing.rebuildStatus().phase() == Phase.DONE,
                () -> "rebuilt: " + processing.rebuildStatus());

        RebuildStatus status = processing.rebuildStatus();
        assertThat(status.eventsDone()).isEqualTo(400);
        assertThat(status.eventsTotal()).isEqualTo(400);
        assertThat(status.eventsPerSecond()).isPositive();
    }

    private long received() {
        return processing.scopeViews().view(Scope.CITY).orElseThrow().figures().received();
    }

    private void handled(String id) {
        append(id, List.of(
                ViewFixture.submitted(id, GRID, ViewFixture.hoursAgo(5)),
                ViewFixture.classified(id, "fire-lane", ViewFixture.hoursAgo(4)),
                ViewFixture.dispatched(id, ViewFixture.HOUSING, ViewFixture.hoursAgo(3), ViewFixture.inHours(1),
                        ViewFixture.inHours(20)),
                ViewFixture.accepted(id, ViewFixture.HOUSING, ViewFixture.hoursAgo(2))));
    }

    private void submitted(String id) {
        append(id, List.of(ViewFixture.submitted(id, ViewFixture.SIBLING_GRID, ViewFixture.hoursAgo(1))));
    }

    private void append(String id, List<ReportEvent> events) {
        List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
        for (int seq = 0; seq < events.size(); seq++) {
            messages.add(new GenericDomainEventMessage<>("Report", id, seq, events.get(seq)));
        }
        engine.appendEvents(messages);
    }

    private List<ScopeView> everyView() {
        ScopeViews views = processing.scopeViews();
        return views.scopes().stream().map(scope -> views.view(scope).orElseThrow()).toList();
    }
}
