package org.gridsteward.ledger;

/**
 * One event's envelope exactly as the event store keeps it: every text as stored (the payload and metadata are
 * the stored JSON strings, residents' personal data already encrypted in them), never re-serialised.
 */
public record StoredEvent(
        long position,
        String eventId,
        String aggregateType,
        String aggregateId,
        long sequence,
        String timestamp,
        String type,
        String revision,
        String metadata,
        String payload) {}
