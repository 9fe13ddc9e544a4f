package org.gridsteward.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} names the rule that was broken so clients can branch on it;
 * {@code errors} names each offending field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "urn:grid-steward:problem:";

    public record FieldError(String field, String message) {}

    public static Problem of(int status, String type, String title, String detail) {
        return new Problem(URI.create(TYPE_BASE + type), title, status, detail, List.of());
    }

    public static Problem of(int status, String type, String title, String detail, List<FieldError> errors) {
        return new Problem(URI.create(TYPE_BASE + type), title, status, detail, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
