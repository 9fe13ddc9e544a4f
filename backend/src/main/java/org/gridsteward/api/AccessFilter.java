package org.gridsteward.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.time.Duration;
import org.gridsteward.access.AccessRules;
import org.gridsteward.access.Caller;
import org.gridsteward.access.RateLimiter;
import org.gridsteward.auth.Tokens;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Runs before every endpoint and before its body is read: the endpoint's {@link Guard}, the client's
 * budget when the endpoint is rate-limited, the token when one is sent (a bad one is refused even where
 * none is needed), and whether the caller's role may attempt the action at all. What depends on the
 * report itself is checked by the resource once it has read the report.
 */
public class AccessFilter {
    private static final Logger LOG = Logger.getLogger(AccessFilter.class);

    @Inject
    AccessRules rules;

    @Inject
    Tokens tokens;

    @Inject
    CurrentCaller current;

    @Inject
    @Named("public-writes")
    RateLimiter publicWrites;

    @ServerRequestFilter
    public Response guard(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        Method method = resource.getResourceMethod();
        Guard guard = method == null ? null : method.getAnnotation(Guard.class);
        if (guard == null) {
            LOG.errorf("refused a call to %s: the endpoint has no access rule", method);
            return AccessProblems.noRule();
        }
        if (guard.rateLimited()) {
            Duration wait = publicWrites.take(guard.value() + "|" + client(http));
            if (!wait.isZero()) {
                return AccessProblems.tooManyRequests(wait);
            }
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Caller caller = null;
        if (authorization != null) {
            caller = tokens.fromAuthorization(authorization).orElse(null);
            if (caller == null) {
                return AccessProblems.unauthenticated();
            }
        }
        if (caller == null && !guard.value().isOpen()) {
            return AccessProblems.unauthenticated();
        }
        current.set(caller);
        if (!rules.mayAttempt(caller, guard.value())) {
            return AccessProblems.forbidden("role " + caller.role().name().toLowerCase() + " may not "
                    + guard.value().name().toLowerCase().replace('_', ' '));
        }
        return null;
    }

    /** The peer's address: behind a proxy, configure quarkus.http.proxy.* so this is the real client's. */
    private static String client(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
