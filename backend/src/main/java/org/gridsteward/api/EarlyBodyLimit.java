package org.gridsteward.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body declared larger than the API accepts with a problem document at the very first handler,
 * before the HTTP layer's own size check (which would answer with an empty 413) and before anything reads it.
 *
 * <p>Photo uploads ({@link PhotoResource#PATH}) are the one exception: they may be up to {@code grid.photos.max-bytes}.
 * So that they can, the HTTP layer's own limit ({@code quarkus.http.limits.max-body-size}) is above that, and a body
 * sent without a declared length (chunked) is held to this path's limit as it is read, by a second handler that runs
 * after the HTTP layer has set its own.
 */
@ApplicationScoped
public class EarlyBodyLimit {
    @ConfigProperty(name = "grid.http.max-request-bytes", defaultValue = "65536")
    long maxRequestBytes;

    @ConfigProperty(name = "grid.photos.max-bytes", defaultValue = "5242880")
    long maxPhotoBytes;

    /** Where the HTTP layer keeps the most a body of undeclared length may grow to as it is read. */
    static final String READ_LIMIT = "io.quarkus.max-request-size";
    private static final long READ_AHEAD_MARGIN = 256 * 1024;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared == null) {
                rc.next();
            } else if (declared.isEmpty() || declared.length() > 18 || !declared.chars().allMatch(Character::isDigit)) {
                refuse(rc, 400, "{\"type\":\"urn:grid-steward:problem:invalid-header\",\"title\":\"Invalid header\",\"status\":400,"
                        + "\"detail\":\"Content-Length is not a number\"}");
            } else if (Long.parseLong(declared) > limitFor(rc)) {
                refuse(rc, 413, "{\"type\":\"urn:grid-steward:problem:body-too-large\",\"title\":\"Body too large\",\"status\":413,"
                        + "\"detail\":\"the request body is " + declared + " bytes; at most " + limitFor(rc) + " are accepted\"}");
            } else {
                rc.next();
            }
        }, 10_000);
        // Priority 1 runs just after the HTTP layer's size check (route order -2), which sets its own read limit.
        filters.register(rc -> {
            if (rc.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
                // The HTTP layer counts what it has read ahead, not what was consumed: a margin lets the photo
                // resource see the first byte over its limit and answer with a problem document itself.
                rc.put(READ_LIMIT, isPhotoUpload(rc) ? maxPhotoBytes + READ_AHEAD_MARGIN : maxRequestBytes);
            }
            rc.next();
        }, 1);
    }

    private long limitFor(io.vertx.ext.web.RoutingContext rc) {
        return isPhotoUpload(rc) ? maxPhotoBytes : maxRequestBytes;
    }

    private static boolean isPhotoUpload(io.vertx.ext.web.RoutingContext rc) {
        return rc.request().method() == io.vertx.core.http.HttpMethod.POST && PhotoResource.PATH.equals(rc.normalizedPath());
    }

    /** The connection is closed, so the unread body is never consumed. */
    private static void refuse(io.vertx.ext.web.RoutingContext rc, int status, String problem) {
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(problem);
    }
}
