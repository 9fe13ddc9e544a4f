package org.gridsteward.wall;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.gridsteward.events.wall.ProblemFrame;
import org.gridsteward.events.wall.WallFrame;
import org.gridsteward.store.EventJson;
import org.gridsteward.views.InvalidScopeException;

/** {@code /ws/wall?scope=...&since=N}: a display's live feed of one scope. */
@WebSocket(path = "/ws/wall")
public class WallEndpoint {
    private final WallHub hub;

    public WallEndpoint(WallHub hub) {
        this.hub = hub;
    }

    @OnOpen
    public void open(WebSocketConnection connection) {
        Map<String, String> query = query(connection.handshakeRequest().query());
        Long since;
        try {
            since = query.containsKey("since") ? Long.parseLong(query.get("since")) : null;
        } catch (NumberFormatException e) {
            refuse(connection, "invalid-since", "since must be a version number, got '" + query.get("since") + "'");
            return;
        }
        try {
            hub.join(connection.id(), query.get("scope"), since,
                    text -> connection.sendText(text).subscribeAsCompletionStage());
        } catch (InvalidScopeException e) {
            refuse(connection, "invalid-scope", e.getMessage());
        } catch (UnknownScopeException e) {
            refuse(connection, "unknown-scope", e.getMessage());
        }
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        hub.leave(connection.id());
    }

    private static void refuse(WebSocketConnection connection, String code, String detail) {
        String frame;
        try {
            frame = EventJson.objectMapper().writerFor(WallFrame.class).writeValueAsString(new ProblemFrame(code, detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        connection.sendText(frame).chain(() -> connection.close()).subscribe().with(ok -> {}, failure -> {});
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
