package org.gridsteward.store;

import org.bson.Document;
import org.bson.types.Binary;
import org.gridsteward.ledger.LeafEncoding;
import org.gridsteward.ledger.LogEntry;
import org.gridsteward.ledger.StoredEvent;

/**
 * The event documents as the tamper-evident log reads them: each event's envelope exactly as stored, its leaf
 * hash written beside it at insert, and the void document that fences a position for good.
 */
public final class LedgerDocuments {
    /** The field holding an event's leaf hash, written with the event. */
    public static final String LEAF = "leaf";

    private LedgerDocuments() {}

    public static StoredEvent storedEvent(Document d) {
        return new StoredEvent(
                d.get("_id", Number.class).longValue(),
                d.getString("eventId"),
                d.getString("aggregateType"),
                d.getString("aggregateId"),
                d.get("seq", Number.class).longValue(),
                d.getString("timestamp"),
                d.getString("type"),
                d.getString("revision"),
                d.getString("metadata"),
                d.getString("payload"));
    }

    /** The leaf hash of an event document whose position is set. */
    static Binary leafHash(Document event) {
        return new Binary(LeafEncoding.leafHash(storedEvent(event)));
    }

    public static boolean isVoid(Document d) {
        return d.getBoolean("void", false);
    }

    public static LogEntry entry(Document d) {
        long position = d.get("_id", Number.class).longValue();
        if (isVoid(d)) {
            return new LogEntry.Fenced(position);
        }
        Binary leaf = d.get(LEAF, Binary.class);
        return new LogEntry.Event(storedEvent(d), leaf == null ? null : leaf.getData());
    }

    /** The leaf of a stored position: the one written at insert, else computed (a log from before leaf hashes). */
    public static byte[] leaf(Document d) {
        if (isVoid(d)) {
            return LeafEncoding.skippedLeafHash(d.get("_id", Number.class).longValue());
        }
        Binary leaf = d.get(LEAF, Binary.class);
        return leaf != null ? leaf.getData() : LeafEncoding.leafHash(storedEvent(d));
    }

    /** Marks a position as never to hold an event: its insert fails on {@code _id} if an event got there first. */
    public static Document voidDocument(long position) {
        return new Document("_id", position)
                .append("eventId", "void:" + position)
                .append("aggregateKey", "void:" + position)
                .append("void", true);
    }
}
