package org.gridsteward.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body declared larger than the API accepts with a problem document at the very first handler,
 * before the HTTP layer's own size check (which would answer with an empty 413) and before anything reads it.
 */
@ApplicationScoped
public class EarlyBodyLimit {
    @ConfigProperty(name = "grid.http.max-request-bytes", defaultValue = "65536")
    long maxRequestBytes;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared == null) {
                rc.next();
            } else if (declared.isEmpty() || declared.length() > 18 || !declared.chars().allMatch(Character::isDigit)) {
                refuse(rc, 400, "{\"type\":\"urn:grid-steward:problem:invalid-header\",\"title\":\"Invalid header\",\"status\":400,"
                        + "\"detail\":\"Content-Length is not a number\"}");
            } else if (Long.parseLong(declared) > maxRequestBytes) {
                refuse(rc, 413, "{\"type\":\"urn:grid-steward:problem:body-too-large\",\"title\":\"Body too large\",\"status\":413,"
                        + "\"detail\":\"the request body is " + declared + " bytes; at most " + maxRequestBytes + " are accepted\"}");
            } else {
                rc.next();
            }
        }, 10_000);
    }

    /** The connection is closed, so the unread body is never consumed. */
    private static void refuse(io.vertx.ext.web.RoutingContext rc, int status, String problem) {
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(problem);
    }
}
