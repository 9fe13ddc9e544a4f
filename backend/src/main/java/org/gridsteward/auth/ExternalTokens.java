package org.gridsteward.auth;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gridsteward.access.Caller;
import org.gridsteward.access.ClaimMapping;
import org.jboss.logging.Logger;

/**
 * Tokens from the city's own identity provider (OpenID Connect), checked by the {@code quarkus-oidc}
 * extension's default tenant (signature against the provider's keys, issuer, expiry) and mapped to a caller
 * by {@link ClaimMapping}. Off unless {@code grid.auth.oidc.enabled}; this server's own tokens (accounts,
 * displays, receipts) keep working beside it.
 */
@ApplicationScoped
public class ExternalTokens {
    private static final Logger LOG = Logger.getLogger(ExternalTokens.class);
    private static final Duration PROVIDER_WAIT = Duration.ofSeconds(10);

    private final boolean enabled;
    private final Instance<TenantIdentityProvider> provider;
    private final ClaimMapping mapping;

    public ExternalTokens(
            @ConfigProperty(name = "grid.auth.oidc.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "grid.auth.oidc.role-claim", defaultValue = "groups") String roleClaim,
            @ConfigProperty(name = "grid.auth.oidc.scope-claim", defaultValue = "grid_scope") String scopeClaim,
            @ConfigProperty(name = "grid.auth.oidc.department-claim", defaultValue = "grid_department") String departmentClaim,
            @ConfigProperty(name = "grid.auth.oidc.username-claim", defaultValue = "preferred_username") String usernameClaim,
            Instance<TenantIdentityProvider> provider) {
        this.enabled = enabled;
        this.provider = provider;
        this.mapping = new ClaimMapping(roleClaim, scopeClaim, departmentClaim, usernameClaim);
    }

    /** The caller the provider's token proves; empty when external sign-in is off or the token fails any check. */
    public Optional<Caller> verify(String token) {
        if (!enabled) {
            return Optional.empty();
        }
        SecurityIdentity identity;
        try {
            identity = provider.get().authenticate(new AccessTokenCredential(token)).await().atMost(PROVIDER_WAIT);
        } catch (RuntimeException refused) {
            LOG.debugf("identity provider refused a token: %s", refused.getClass().getSimpleName());
            return Optional.empty();
        }
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        return mapping.caller(path -> values(jwt, path));
    }

    /** A claim's values, following a {@code /} path through nested objects. */
    static List<String> values(JsonWebToken jwt, String path) {
        String[] steps = path.split("/");
        Object value = jwt.getClaim(steps[0]);
        for (int i = 1; i < steps.length && value != null; i++) {
            value = value instanceof JsonObject object ? object.get(steps[i]) : null;
        }
        return strings(value);
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof JsonString string) {
            return List.of(string.getString());
        }
        if (value instanceof JsonArray array) {
            return array.stream().filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                    .map(v -> ((JsonString) v).getString()).toList();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        if (value instanceof JsonValue) {
            return List.of();
        }
        return List.of(String.valueOf(value));
    }
}
