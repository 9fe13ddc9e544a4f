package org.gridsteward.wall;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.gridsteward.access.Scope;
import org.gridsteward.auth.WallAccess;
import org.gridsteward.auth.WallScopes;
import org.gridsteward.views.InvalidScopeException;

/**
 * Decides at the HTTP handshake, before any frame is sent, who may open {@code /ws/wall}: a missing or bad
 * token is 401, a caller outside the scope or a page from a foreign origin is 403. A scope that does not
 * parse is let through to the endpoint, which answers it with a problem frame naming the scope.
 */
@ApplicationScoped
public class WallUpgradeCheck implements HttpUpgradeCheck {
    private static final Map<String, List<String>> CHALLENGE = Map.of("WWW-Authenticate", List.of("Bearer"));

    private final WallAccess access;

    public WallUpgradeCheck(WallAccess access) {
        this.access = access;
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        // Checking a token reads accounts and may ask the identity provider: never on the event loop.
        Context vertx = Vertx.currentContext();
        if (vertx == null) {
            return decide(context.httpRequest());
        }
        return Uni.createFrom().completionStage(
                vertx.executeBlocking(() -> decide(context.httpRequest()), false).toCompletionStage())
                .flatMap(result -> result);
    }

    private Uni<CheckResult> decide(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        String subprotocols = request.getHeader("Sec-WebSocket-Protocol");
        Scope scope;
        try {
            scope = WallScopes.reach(org.gridsteward.views.Scope.parse(request.getParam("scope")));
        } catch (InvalidScopeException e) {
            return access.authenticate(authorization, subprotocols).isPresent()
                    ? CheckResult.permitUpgrade()
                    : CheckResult.rejectUpgrade(401, CHALLENGE);
        }
        WallAccess.Decision decision = access.check(
                authorization, subprotocols, request.getHeader("Origin"), request.getHeader("Host"), scope);
        return switch (decision.outcome()) {
            case ALLOWED -> CheckResult.permitUpgrade();
            case UNAUTHENTICATED -> CheckResult.rejectUpgrade(401, CHALLENGE);
            case FORBIDDEN, FOREIGN_ORIGIN -> CheckResult.rejectUpgrade(403);
        };
    }
}
