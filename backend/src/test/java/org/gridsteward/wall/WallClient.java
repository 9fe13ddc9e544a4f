package org.gridsteward.wall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;
import java.net.URI;
import org.gridsteward.api.SignIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A display on /ws/wall through the WebSockets Next client; frames are taken with bounded polls. */
final class WallClient implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    final List<JsonNode> seen = new ArrayList<>();
    private final WebSocketClientConnection connection;

    private WallClient(URI base, String query, String token) {
        connection = BasicWebSocketConnector.create()
                .baseUri(base)
                .addHeader("Authorization", "Bearer " + token)
                .path("/ws/wall?" + query)
                // on the event loop, so frames are handled in the order they arrive
                .executionModel(BasicWebSocketConnector.ExecutionModel.NON_BLOCKING)
                .onTextMessage((c, text) -> {
                    try {
                        JsonNode frame = JSON.readTree(text);
                        if (!frame.path("type").asText().equals("heartbeat")) {
                            inbox.add(frame);
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .connectAndAwait();
    }

    /** As the administrator, who may watch every scope. */
    static WallClient connect(URI base, String query) {
        return new WallClient(base, query, SignIn.token(SignIn.ADMIN));
    }

    static WallClient connect(URI base, String query, String token) {
        return new WallClient(base, query, token);
    }

    JsonNode next() {
        try {
            JsonNode frame = inbox.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(frame).as("a frame within " + WAIT).isNotNull();
            seen.add(frame);
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Takes frames up to and including the first that matches. */
    List<JsonNode> until(Predicate<JsonNode> last) {
        List<JsonNode> frames = new ArrayList<>();
        JsonNode frame;
        do {
            frame = next();
            frames.add(frame);
        } while (!last.test(frame));
        return frames;
    }

    long lastVersion() {
        return seen.get(seen.size() - 1).get("version").asLong();
    }

    /** The ticker delta that reports the submission of this report. */
    static Predicate<JsonNode> tickerShowing(String reportId) {
        return frame -> frame.path("type").asText().equals("delta")
                && frame.path("section").asText().equals("ticker")
                && frame.path("data").path(0).path("reportId").asText().equals(reportId);
    }

    @Override
    public void close() {
        connection.closeAndAwait();
    }
}
