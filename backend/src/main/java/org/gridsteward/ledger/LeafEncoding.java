package org.gridsteward.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The canonical bytes of a leaf, written down byte by byte in docs/audit.md so an auditor can hash the log with
 * a tool of their own. Fields are length-prefixed, integers big-endian, text UTF-8, so no two envelopes share
 * an encoding.
 *
 * <pre>
 * event   := 0x45 ('E') ‖ int64 position ‖ str eventId ‖ str aggregateType ‖ str aggregateId ‖ int64 sequence
 *            ‖ str timestamp ‖ str type ‖ str revision ‖ str metadata ‖ str payload
 * skipped := 0x53 ('S') ‖ int64 position
 * str     := int32 length of the UTF-8 bytes ‖ those bytes; an absent value is int32 -1 and no bytes
 * </pre>
 */
public final class LeafEncoding {
    public static final byte EVENT = 0x45;
    public static final byte SKIPPED = 0x53;
    private static final int ABSENT = -1;

    private LeafEncoding() {}

    public static byte[] event(StoredEvent e) {
        Out out = new Out(256 + length(e.payload()) + length(e.metadata()));
        out.write(EVENT);
        out.int64(e.position());
        out.text(e.eventId());
        out.text(e.aggregateType());
        out.text(e.aggregateId());
        out.int64(e.sequence());
        out.text(e.timestamp());
        out.text(e.type());
        out.text(e.revision());
        out.text(e.metadata());
        out.text(e.payload());
        return out.toByteArray();
    }

    public static byte[] skipped(long position) {
        Out out = new Out(9);
        out.write(SKIPPED);
        out.int64(position);
        return out.toByteArray();
    }

    /** The leaf hash of a stored event: SHA-256(0x00 ‖ event). */
    public static byte[] leafHash(StoredEvent e) {
        return Hashes.leaf(event(e));
    }

    /** The leaf hash of a position that will never hold an event. */
    public static byte[] skippedLeafHash(long position) {
        return Hashes.leaf(skipped(position));
    }

    private static int length(String text) {
        return text == null ? 0 : text.length() * 3;
    }

    private static final class Out extends ByteArrayOutputStream {
        Out(int capacity) {
            super(capacity);
        }

        void int64(long value) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                write((int) (value >>> shift));
            }
        }

        void int32(int value) {
            for (int shift = 24; shift >= 0; shift -= 8) {
                write(value >>> shift);
            }
        }

        void text(String value) {
            if (value == null) {
                int32(ABSENT);
                return;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            int32(bytes.length);
            write(bytes, 0, bytes.length);
        }
    }
}
