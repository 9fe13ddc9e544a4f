package org.gridsteward.wall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.ClientWebSocket;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.gridsteward.api.SignIn;
import org.gridsteward.views.Poll;
import org.gridsteward.views.ReportTraffic;
import org.gridsteward.views.ViewProcessing;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WallSocketTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    @Inject
    Vertx vertx;

    @Inject
    ViewProcessing processing;

    private static void assertConsecutive(List<JsonNode> frames, long after) {
        long expected = after;
        for (JsonNode frame : frames) {
            assertThat(frame.get("type").asText()).isEqualTo("delta");
            assertThat(frame.get("version").asLong()).isEqualTo(++expected);
        }
    }

    /** Every delta follows the frame before it by one version, unless a snapshot started afresh. */
    private static void assertGapless(List<JsonNode> frames) {
        long previous = -1;
        for (JsonNode frame : frames) {
            String type = frame.path("type").asText();
            long version = frame.path("version").asLong();
            if (type.equals("delta")) {
                assertThat(version).as("delta after version " + previous + " in " + outline(frames)).isEqualTo(previous + 1);
            } else if (type.equals("snapshot")) {
                assertThat(version).isGreaterThanOrEqualTo(previous);
            }
            if (!type.equals("heartbeat")) {
                previous = version;
            }
        }
    }

    @Test
    void aDisplayGetsASnapshotThenDeltasWithConsecutiveVersions() {
        try (WallClient display = WallClient.connect(base, "scope=grid:g-04-01")) {
            JsonNode snapshot = display.next();
            assertThat(snapshot.get("type").asText()).isEqualTo("snapshot");
            assertThat(snapshot.at("/view/figures").isObject()).isTrue();

            String report = ReportTraffic.submit("g-04-01", "parking");
            List<JsonNode> deltas = display.until(WallClient.tickerShowing(report));

            assertConsecutive(deltas, snapshot.get("version").asLong());
        }
    }

    @Test
    void onceTheViewsAreRebuiltEveryDisplayGetsAFreshSnapshotShowingThem() {
        String report = ReportTraffic.submit("g-04-03", "parking");
        Poll.until(Duration.ofSeconds(20), processing::caughtUp, "live views caught up");
        try (WallClient display = WallClient.connect(base, "scope=grid:g-04-03")) {
            display.next();

            processing.rebuild();
            List<JsonNode> frames = display.until(frame -> frame.path("reason").asText().equals("rebuilt"));
            JsonNode rebuilt = frames.get(frames.size() - 1);

            assertThat(rebuilt.get("type").asText()).isEqualTo("snapshot");
            assertThat(rebuilt.at("/view/ticker/0/reportId").asText()).isEqualTo(report);
        }
    }

    @Test
    void aDisplayReconnectingWithSinceGetsExactlyTheDeltasItMissed() {
        try (WallClient watcher = WallClient.connect(base, "scope=grid:g-04-02")) {
            watcher.next();
            long lastSeen;
            try (WallClient display = WallClient.connect(base, "scope=grid:g-04-02")) {
                display.next();
                String first = ReportTraffic.submit("g-04-02", "parking");
                display.until(WallClient.tickerShowing(first));
                watcher.until(WallClient.tickerShowing(first));
                lastSeen = display.lastVersion();
            }
            String missed = ReportTraffic.submit("g-04-02", "garbage");
            List<JsonNode> missedDeltas = watcher.until(WallClient.tickerShowing(missed));

            try (WallClient back = WallClient.connect(base, "scope=grid:g-04-02&since=" + lastSeen)) {
                List<JsonNode> resumed = back.until(WallClient.tickerShowing(missed));

                assertConsecutive(resumed, lastSeen);
                assertThat(resumed).isEqualTo(missedDeltas);
            }
        }
    }

    @Test
    void aDisplaySeesOnlyItsOwnScope() {
        try (WallClient here = WallClient.connect(base, "scope=grid:g-07-01");
                WallClient there = WallClient.connect(base, "scope=grid:g-08-01")) {
            here.next();
            there.next();
            String elsewhere = ReportTraffic.submit("g-07-01", "parking");
            here.until(WallClient.tickerShowing(elsewhere));
            String own = ReportTraffic.submit("g-08-01", "parking");

            List<JsonNode> frames = there.until(WallClient.tickerShowing(own));
            assertThat(frames.toString()).doesNotContain(elsewhere);
        }
    }

    /** The first frames' types, versions and reasons, to tell from a failure what the display received. */
    private static String outline(List<JsonNode> frames) {
        return frames.stream().limit(6).map(f -> f.path("type").asText() + "@" + f.path("version").asText()
                + (f.has("reason") ? "(" + f.path("reason").asText() + ")" : "")).toList() + (frames.size() > 6 ? "…" : "");
    }

    @Test
    void aMalformedScopeIsRefusedWithAProblemFrame() {
        try (WallClient display = WallClient.connect(base, "scope=district:d-1")) {
            JsonNode problem = display.next();
            assertThat(problem.get("type").asText()).isEqualTo("problem");
            assertThat(problem.get("code").asText()).isEqualTo("invalid-scope");
        }
    }

    @Test
    void aDisplayThatStopsReadingNeitherHoldsBackAFastOneNorMissesAnything() throws Exception {
        List<JsonNode> slowFrames = new CopyOnWriteArrayList<>();
        // The slow display is a plain Vert.x socket that stops reading after its snapshot, with a tiny receive
        // buffer. Whether loopback buffers absorb its backlog or the server resynchronises it (the stalled case is
        // WallStreamTest's), it must end where the fast display ends without a gap or a duplicate.
        // The handler is in place before connecting, so the snapshot cannot arrive unseen.
        ClientWebSocket slow = vertx.createWebSocketClient(new WebSocketClientOptions().setReceiveBufferSize(2048))
                .webSocket();
        slow.textMessageHandler(text -> {
            try {
                slowFrames.add(JSON.readTree(text));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        slow.connect(new WebSocketConnectOptions().setHost(base.getHost()).setPort(base.getPort())
                        .setURI("/ws/wall?scope=city").addHeader("Authorization", "Bearer " + SignIn.token(SignIn.ADMIN)))
                .toCompletionStage().toCompletableFuture().get(15, TimeUnit.SECONDS);
        Poll.until(Duration.ofSeconds(15), () -> !slowFrames.isEmpty(), "the slow display's snapshot");
        slow.pause();

        try (WallClient fast = WallClient.connect(base, "scope=city")) {
            long start = fast.next().get("version").asLong();
            String last = null;
            for (int i = 0; i < 40; i++) {
                last = ReportTraffic.submit("g-0" + (1 + i % 8) + "-01", "parking");
            }
            List<JsonNode> deltas = fast.until(WallClient.tickerShowing(last));
            assertConsecutive(deltas, start);

            slow.resume();
            long end = fast.lastVersion();
            Poll.until(Duration.ofSeconds(30),
                    () -> slowFrames.get(slowFrames.size() - 1).path("version").asLong() >= end,
                    "the slow display catches up");
            assertGapless(slowFrames);
        } finally {
            slow.close();
        }
    }
}
