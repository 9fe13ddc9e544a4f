package org.gridsteward.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The hashing of RFC 6962 §2.1: SHA-256, with a leaf and an interior node told apart by their first byte. */
public final class Hashes {
    public static final int SIZE = 32;
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Hashes::newDigest);

    private Hashes() {}

    /** SHA-256(0x00 ‖ data). */
    public static byte[] leaf(byte[] data) {
        MessageDigest digest = SHA256.get();
        digest.update(LEAF_PREFIX);
        return digest.digest(data);
    }

    /** SHA-256(0x01 ‖ left ‖ right). */
    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest digest = SHA256.get();
        digest.update(NODE_PREFIX);
        digest.update(left);
        return digest.digest(right);
    }

    /** The root of the empty tree: SHA-256 of nothing. */
    public static byte[] empty() {
        return SHA256.get().digest(new byte[0]);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
