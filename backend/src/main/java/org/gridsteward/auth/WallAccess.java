package org.gridsteward.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridsteward.access.AccessRules;
import org.gridsteward.access.Caller;
import org.gridsteward.access.Scope;

/**
 * The check a WebSocket endpoint makes at its handshake: who is connecting (a token in the
 * {@code Authorization} header, or, from a browser, in the {@code Sec-WebSocket-Protocol} list as
 * {@code quarkus-http-upgrade#Authorization#Bearer <token>}, the form WebSockets Next understands), whether
 * the page it comes from is ours ({@code Origin}), and whether that caller may watch the scope asked for.
 */
@ApplicationScoped
public class WallAccess {
    static final String SUBPROTOCOL_PREFIX = "quarkus-http-upgrade#Authorization#";

    public enum Outcome { ALLOWED, UNAUTHENTICATED, FORBIDDEN, FOREIGN_ORIGIN }

    /** {@code caller} is present only when the outcome is {@link Outcome#ALLOWED}. */
    public record Decision(Outcome outcome, Optional<Caller> caller) {}

    private final Tokens tokens;
    private final AccessRules rules;
    private final Set<String> allowedOrigins;

    public WallAccess(Tokens tokens, AccessRules rules,
                      @ConfigProperty(name = "grid.wall.allowed-origins") Optional<List<String>> allowedOrigins) {
        this.tokens = tokens;
        this.rules = rules;
        this.allowedOrigins = Set.copyOf(allowedOrigins.orElse(List.of()));
    }

    /**
     * @param authorization the {@code Authorization} header, or null
     * @param subprotocols  the {@code Sec-WebSocket-Protocol} header, or null
     * @param origin        the {@code Origin} header, or null (not a browser)
     * @param host          the {@code Host} header, so a page served by this server is always allowed
     * @param scope         the part of the city the connection asks to watch
     */
    public Decision check(String authorization, String subprotocols, String origin, String host, Scope scope) {
        if (!originAllowed(origin, host)) {
            return new Decision(Outcome.FOREIGN_ORIGIN, Optional.empty());
        }
        Optional<Caller> caller = authenticate(authorization, subprotocols);
        if (caller.isEmpty()) {
            return new Decision(Outcome.UNAUTHENTICATED, Optional.empty());
        }
        if (!rules.maySee(caller.get(), scope)) {
            return new Decision(Outcome.FORBIDDEN, Optional.empty());
        }
        return new Decision(Outcome.ALLOWED, caller);
    }

    public Optional<Caller> authenticate(String authorization, String subprotocols) {
        if (authorization != null) {
            return tokens.fromAuthorization(authorization);
        }
        return bearerFromSubprotocols(subprotocols).flatMap(tokens::fromAuthorization);
    }

    /** The {@code Bearer <token>} carried in the subprotocol list, URL-encoded or not. */
    static Optional<String> bearerFromSubprotocols(String header) {
        if (header == null || header.length() > 10_000) {
            return Optional.empty();
        }
        for (String offered : header.split(",")) {
            String value = URLDecoder.decode(offered.strip(), StandardCharsets.UTF_8);
            if (value.startsWith(SUBPROTOCOL_PREFIX)) {
                return Optional.of(value.substring(SUBPROTOCOL_PREFIX.length()));
            }
        }
        return Optional.empty();
    }

    /** Non-browser clients send no Origin; a browser page must be this server's own or a configured one. */
    boolean originAllowed(String origin, String host) {
        if (origin == null) {
            return true;
        }
        if (allowedOrigins.contains(origin)) {
            return true;
        }
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }
}
