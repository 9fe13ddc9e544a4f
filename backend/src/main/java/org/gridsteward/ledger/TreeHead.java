package org.gridsteward.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;

/**
 * A signed statement that the log's first {@code size} positions hash to {@code root} as of {@code time}.
 * The signed bytes are {@code "grid-steward tree head v1"} (ASCII) ‖ int64 size ‖ int64 time in epoch
 * milliseconds ‖ the 32-byte root, signed with Ed25519.
 */
public record TreeHead(long size, byte[] root, Instant time, byte[] signature) {
    public static final String ALGORITHM = "Ed25519";
    private static final byte[] CONTEXT = "grid-steward tree head v1".getBytes(StandardCharsets.US_ASCII);

    public static TreeHead sign(long size, byte[] root, Instant time, PrivateKey key) {
        Instant millis = Instant.ofEpochMilli(time.toEpochMilli());
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(signedBytes(size, root, millis));
            return new TreeHead(size, root.clone(), millis, signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a tree head with " + ALGORITHM, e);
        }
    }

    /** Whether the signature is this server's over exactly these size, time and root. */
    public boolean verify(PublicKey key) {
        if (root == null || root.length != Hashes.SIZE || signature == null || size < 0) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signedBytes(size, root, time));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public static byte[] signedBytes(long size, byte[] root, Instant time) {
        return ByteBuffer.allocate(CONTEXT.length + 16 + root.length)
                .put(CONTEXT).putLong(size).putLong(time.toEpochMilli()).put(root).array();
    }
}
