package org.gridsteward.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.gridsteward.access.Scope;
import org.gridsteward.auth.WallAccess.Outcome;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WallAccessTest {
    private static final Scope NANHU = Scope.of(Scope.Level.STREET, "st-nanhu");
    private static final String HOST = "localhost:8081";

    @Inject
    WallAccess wall;

    @Inject
    Displays displays;

    @Inject
    Tokens tokens;

    private String displayToken(Scope scope) {
        Display display = new Display(Tokens.newDisplayId(), "test", scope, Instant.now(), Instant.now().plus(Duration.ofDays(1)), false);
        displays.record(display);
        return tokens.forDisplay(display);
    }

    private static String subprotocols(String token) {
        return "bearer-token-carrier, " + URLEncoder.encode(WallAccess.SUBPROTOCOL_PREFIX + "Bearer " + token, StandardCharsets.UTF_8);
    }

    @Test
    void aBrowserDisplayAuthenticatesThroughTheSubprotocolList() {
        WallAccess.Decision decision = wall.check(null, subprotocols(displayToken(NANHU)), "http://" + HOST, HOST,
                Scope.of(Scope.Level.COMMUNITY, "cm-binhe"));
        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(decision.caller().orElseThrow().id()).startsWith("display:");
    }

    @Test
    void theAuthorizationHeaderWorksForOtherClients() {
        assertThat(wall.check("Bearer " + displayToken(NANHU), null, null, HOST, NANHU).outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void aDisplayMayNotWatchBeyondItsScope() {
        assertThat(wall.check("Bearer " + displayToken(NANHU), null, null, HOST, Scope.CITY).outcome()).isEqualTo(Outcome.FORBIDDEN);
    }

    @Test
    void aRevokedDisplayIsRefused() {
        Display display = new Display(Tokens.newDisplayId(), "test", NANHU, Instant.now(), Instant.now().plus(Duration.ofDays(1)), false);
        displays.record(display);
        String token = tokens.forDisplay(display);
        assertThat(wall.check("Bearer " + token, null, null, HOST, NANHU).outcome()).isEqualTo(Outcome.ALLOWED);

        displays.revoke(display.id());

        assertThat(wall.check("Bearer " + token, null, null, HOST, NANHU).outcome()).isEqualTo(Outcome.UNAUTHENTICATED);
    }

    @Test
    void noTokenIsUnauthenticated() {
        assertThat(wall.check(null, "bearer-token-carrier", null, HOST, NANHU).outcome()).isEqualTo(Outcome.UNAUTHENTICATED);
    }

    @Test
    void aPageFromAnotherOriginIsRefusedBeforeTheToken() {
        assertThat(wall.check("Bearer " + displayToken(NANHU), null, "https://evil.example", HOST, NANHU).outcome())
                .isEqualTo(Outcome.FOREIGN_ORIGIN);
    }
}
