package org.gridsteward.wall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridsteward.store.EventJson;
import org.junit.jupiter.api.Test;

class WallStreamTest {
    private static final ObjectMapper JSON = EventJson.objectMapper();
    private static final long FIRST = 1000;

    private final ScopeStream stream = new ScopeStream("grid:g-01-01", JSON.createObjectNode(), FIRST, 4, JSON,
            Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC));
    private final AtomicInteger resyncs = new AtomicInteger();
    private final WallCounters counters = new WallCounters() {
        @Override
        public void sent(String type) {}

        @Override
        public void resynced() {
            resyncs.incrementAndGet();
        }
    };

    /** A display that takes every frame at once. */
    static class Display implements Outbound {
        final List<JsonNode> frames = new ArrayList<>();

        @Override
        public CompletionStage<Void> send(String text) {
            try {
                frames.add(JSON.readTree(text));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return CompletableFuture.completedFuture(null);
        }

        List<String> types() {
            return frames.stream().map(f -> f.get("type").asText()).toList();
        }

        List<Long> versions() {
            return frames.stream().map(f -> f.get("version").asLong()).toList();
        }
    }

    /** A display whose sends complete only when it is let go. */
    static final class StalledDisplay extends Display {
        final List<CompletableFuture<Void>> pending = new ArrayList<>();

        @Override
        public CompletionStage<Void> send(String text) {
            super.send(text);
            CompletableFuture<Void> done = new CompletableFuture<>();
            pending.add(done);
            return done;
        }

        void release() {
            while (!pending.isEmpty()) {
                pending.remove(0).complete(null);
            }
        }
    }

    private void change(int times) {
        for (int i = 0; i < times; i++) {
            stream.change("figures", JSON.createObjectNode().put("received", i));
        }
    }

    @Test
    void aNewDisplayGetsASnapshotThenEveryDeltaInOrder() {
        Display display = new Display();
        stream.join(new Subscriber(display, 64, counters), null);
        change(3);

        assertThat(display.types()).containsExactly("snapshot", "delta", "delta", "delta");
        assertThat(display.versions()).containsExactly(FIRST, FIRST + 1, FIRST + 2, FIRST + 3);
        assertThat(display.frames.get(0).get("reason").asText()).isEqualTo("subscribe");
    }

    @Test
    void aRebuiltViewReachesEveryDisplayAsASnapshotAndOlderVersionsNoLongerResume() {
        Display display = new Display();
        stream.join(new Subscriber(display, 64, counters), null);
        change(2);
        ObjectNode rebuilt = JSON.createObjectNode().put("figures", "rebuilt");
        stream.refresh(rebuilt);

        assertThat(display.types()).containsExactly("snapshot", "delta", "delta", "snapshot");
        assertThat(display.frames.get(3).get("reason").asText()).isEqualTo("rebuilt");
        assertThat(display.frames.get(3).get("version").asLong()).isEqualTo(FIRST + 3);
        assertThat(display.frames.get(3).get("view")).isEqualTo(rebuilt);
        Display late = new Display();
        stream.join(new Subscriber(late, 64, counters), FIRST + 2);
        assertThat(late.types()).containsExactly("snapshot");
        assertThat(late.frames.get(0).get("reason").asText()).isEqualTo("resume");
    }

    @Test
    void aDisplayResumingFromAKeptVersionGetsExactlyTheDeltasItMissed() {
        change(3);
        Display display = new Display();
        stream.join(new Subscriber(display, 64, counters), FIRST + 1);
        change(1);

        assertThat(display.types()).containsExactly("delta", "delta", "delta");
        assertThat(display.versions()).containsExactly(FIRST + 2, FIRST + 3, FIRST + 4);
    }

    @Test
    void aDisplayResumingFromAVersionNoLongerKeptGetsASnapshot() {
        change(6);
        Display display = new Display();
        stream.join(new Subscriber(display, 64, counters), FIRST + 1);

        assertThat(display.types()).containsExactly("snapshot");
        assertThat(display.versions()).containsExactly(FIRST + 6);
        assertThat(display.frames.get(0).get("reason").asText()).isEqualTo("resume");
        assertThat(display.frames.get(0).at("/view/figures/received").asInt()).isEqualTo(5);
    }

    @Test
    void aDisplayFromTheFutureGetsASnapshot() {
        Display display = new Display();
        stream.join(new Subscriber(display, 64, counters), FIRST + 50);

        assertThat(display.types()).containsExactly("snapshot");
    }

    @Test
    void aStalledDisplayIsResynchronisedWhileAFastOneGetsEveryDelta() {
        Display fast = new Display();
        StalledDisplay slow = new StalledDisplay();
        stream.join(new Subscriber(fast, 3, counters), null);
        stream.join(new Subscriber(slow, 3, counters), null);
        change(10);
        slow.release();
        change(1);

        assertThat(fast.versions()).containsExactly(FIRST, FIRST + 1, FIRST + 2, FIRST + 3, FIRST + 4, FIRST + 5,
                FIRST + 6, FIRST + 7, FIRST + 8, FIRST + 9, FIRST + 10, FIRST + 11);
        assertThat(resyncs.get()).isPositive();
        assertThat(slow.types()).contains("snapshot").last().isEqualTo("delta");
        assertThat(slow.frames.stream().filter(f -> f.path("reason").asText().equals("resync"))).isNotEmpty();
        assertThat(slow.versions()).isSorted().last().isEqualTo(FIRST + 11);
    }

    @Test
    void heartbeatsCarryTheScopesVersion() {
        Display display = new Display();
        stream.join(new Subscriber(display, 64, counters), null);
        change(2);
        stream.heartbeat();

        assertThat(display.types()).last().isEqualTo("heartbeat");
        assertThat(display.versions()).last().isEqualTo(FIRST + 2);
    }

    @Test
    void aFigureThatChangedWithTimeAloneIsSentAsADelta() {
        Display display = new Display();
        stream.join(new Subscriber(display, 64, counters), null);
        ObjectNode later = JSON.createObjectNode().put("overdue", 1);

        stream.retime(stream.version(), Map.of("figures", later));

        assertThat(display.types()).containsExactly("snapshot", "delta");
        assertThat(display.frames.get(1).get("section").asText()).isEqualTo("figures");
        assertThat(display.frames.get(1).get("data")).isEqualTo(later);
    }

    @Test
    void retimingSectionsThatAreUnchangedSendsNothing() {
        change(1);
        Display display = new Display();
        stream.join(new Subscriber(display, 64, counters), null);

        stream.retime(stream.version(), Map.of("figures", JSON.createObjectNode().put("received", 0)));

        assertThat(display.types()).containsExactly("snapshot");
    }

    @Test
    void aRetimeReadBeforeANewerChangeIsDropped() {
        Display display = new Display();
        stream.join(new Subscriber(display, 64, counters), null);
        long seen = stream.version();
        change(1);

        stream.retime(seen, Map.of("figures", JSON.createObjectNode().put("overdue", 7)));

        assertThat(display.types()).containsExactly("snapshot", "delta");
        assertThat(display.frames.get(1).get("data").get("received").asInt()).isZero();
    }

    @Test
    void aSectionChangedOnlyIfDifferentIsSentWhenItDiffersAndOnlyThen() {
        Display display = new Display();
        stream.join(new Subscriber(display, 64, counters), null);
        ObjectNode grids = JSON.createObjectNode().put("g-01-01", "blue");

        stream.changeIfDifferent("grids", grids);
        stream.changeIfDifferent("grids", grids.deepCopy());

        assertThat(display.types()).containsExactly("snapshot", "delta");
        assertThat(display.versions()).containsExactly(FIRST, FIRST + 1);
    }
}
