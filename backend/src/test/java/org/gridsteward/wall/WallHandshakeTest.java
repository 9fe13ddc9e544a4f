package org.gridsteward.wall;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.gridsteward.api.SignIn;
import org.junit.jupiter.api.Test;

/** Who may open /ws/wall: decided at the HTTP handshake, before a single frame leaves the server. */
@QuarkusTest
class WallHandshakeTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Vertx vertx;

    private int handshake(String scope, String... headers) throws Exception {
        WebSocketConnectOptions options = new WebSocketConnectOptions()
                .setHost(base.getHost()).setPort(base.getPort()).setURI("/ws/wall?scope=" + scope);
        for (int i = 0; i < headers.length; i += 2) {
            options.addHeader(headers[i], headers[i + 1]);
        }
        if (headers.length > 0 && headers[0].equals("Sec-WebSocket-Protocol")) {
            options.setSubProtocols(List.of(headers[1].split(",\\s*")));
        }
        try {
            WebSocket socket = vertx.createWebSocketClient().connect(options)
                    .toCompletionStage().toCompletableFuture().get(15, TimeUnit.SECONDS);
            socket.close();
            return 101;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UpgradeRejectedException rejected) {
                return rejected.getStatus();
            }
            throw e;
        }
    }

    private static String bearer(String username) {
        return "Bearer " + SignIn.token(username);
    }

    @Test
    void aDisplayWithoutATokenIsRefusedAsUnauthenticated() throws Exception {
        assertThat(handshake("city")).isEqualTo(401);
    }

    @Test
    void aForgedTokenIsRefusedAsUnauthenticated() throws Exception {
        assertThat(handshake("city", "Authorization", "Bearer eyJhbGciOiJFUzI1NiJ9.e30.c2lnbmF0dXJl")).isEqualTo(401);
    }

    @Test
    void aGridWorkerMayWatchTheirOwnGridButNotTheCity() throws Exception {
        assertThat(handshake("grid:g-01-01", "Authorization", bearer(SignIn.GRID_WORKER))).isEqualTo(101);
        assertThat(handshake("city", "Authorization", bearer(SignIn.GRID_WORKER))).isEqualTo(403);
    }

    @Test
    void aDepartmentHandlerHasNoWall() throws Exception {
        assertThat(handshake("grid:g-01-01", "Authorization", bearer(SignIn.HANDLER))).isEqualTo(403);
    }

    @Test
    void aDisplayTokenOpensOnlyTheScopeItWasIssuedFor() throws Exception {
        String token = SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"heping lobby\",\"scope\":{\"level\":\"COMMUNITY\",\"ids\":[\"cm-heping\"]}}")
                .post("/api/displays").then().statusCode(201).extract().path("token");
        assertThat(handshake("community:cm-heping", "Authorization", "Bearer " + token)).isEqualTo(101);
        assertThat(handshake("city", "Authorization", "Bearer " + token)).isEqualTo(403);
    }

    @Test
    void aBrowserPassesItsTokenInTheSubprotocolList() throws Exception {
        String offered = "bearer-token-carrier, quarkus-http-upgrade#Authorization#" + bearer(SignIn.AUDITOR).replace(" ", "%20");
        assertThat(handshake("city", "Sec-WebSocket-Protocol", offered)).isEqualTo(101);
    }

    @Test
    void aPageFromAForeignOriginIsRefused() throws Exception {
        assertThat(handshake("city", "Authorization", bearer(SignIn.ADMIN), "Origin", "https://evil.example")).isEqualTo(403);
    }
}
