package org.gridsteward.api;

import jakarta.ws.rs.core.Response;
import java.time.Duration;

/** The problem documents of access control: one wording each, used by the filter and the resources. */
public final class AccessProblems {
    private AccessProblems() {}

    public static Response unauthenticated() {
        return Problem.of(401, "unauthenticated", "Sign-in required",
                "send a valid, unexpired token as 'Authorization: Bearer <token>' (POST /api/auth/token issues one)")
                .toResponse();
    }

    public static Response forbidden(String detail) {
        return Problem.of(403, "forbidden", "Not allowed", detail).toResponse();
    }

    public static Response noRule() {
        return Problem.of(403, "no-access-rule", "Not allowed", "this endpoint has no access rule, so nobody may call it").toResponse();
    }

    public static Response tooManyRequests(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return Response.fromResponse(Problem.of(429, "rate-limited", "Too many requests",
                        "this client has sent too many requests; try again in " + seconds + " s").toResponse())
                .header("Retry-After", seconds).build();
    }

    /** Thrown where a resource finds, after reading a report, that the caller may not act on it. */
    public static final class ForbiddenException extends RuntimeException {
        public ForbiddenException(String message) {
            super(message);
        }
    }
}
