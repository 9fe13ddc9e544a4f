package org.gridsteward.intake;

/** The same Idempotency-Key came with a different request: a client bug that must not pass silently. */
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request");
    }
}
