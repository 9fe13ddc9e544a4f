package org.gridsteward.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for residents' details: a data key of their own per resident, wrapped by the key-encryption key
 * so that only wrapped keys are ever stored, and each value sealed under the resident's key with a fresh random
 * 96-bit nonce. The associated data names the resident (and the field), so a sealed value or a wrapped key
 * moved to another resident fails to open rather than opening as theirs.
 *
 * <p>Sealed form: {@code "v1." + base64url(nonce ‖ ciphertext ‖ 128-bit tag)}, without padding.
 */
public final class ResidentCipher {
    static final String VERSION = "v1.";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey keyEncryptionKey;
    private final SecureRandom random;

    public ResidentCipher(SecretKey keyEncryptionKey) {
        this(keyEncryptionKey, new SecureRandom());
    }

    ResidentCipher(SecretKey keyEncryptionKey, SecureRandom random) {
        this.keyEncryptionKey = keyEncryptionKey;
        this.random = random;
    }

    /** A value that was not sealed by this key for this resident and field, or was changed since. */
    public static final class UnreadableException extends RuntimeException {
        UnreadableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public SecretKey newDataKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is not available", e);
        }
    }

    /** The resident's data key sealed under the key-encryption key: what is stored. */
    public String wrap(SecretKey dataKey, String residentId) {
        return seal(keyEncryptionKey, dataKey.getEncoded(), "key/" + residentId);
    }

    public SecretKey unwrap(String wrapped, String residentId) {
        return new SecretKeySpec(open(keyEncryptionKey, wrapped, "key/" + residentId), "AES");
    }

    /** Seals one of the resident's details; {@code field} is part of what the tag covers. */
    public String encrypt(SecretKey dataKey, String residentId, String field, String value) {
        return seal(dataKey, value.getBytes(StandardCharsets.UTF_8), residentId + "/" + field);
    }

    public String decrypt(SecretKey dataKey, String residentId, String field, String sealed) {
        return new String(open(dataKey, sealed, residentId + "/" + field), StandardCharsets.UTF_8);
    }

    private String seal(SecretKey key, byte[] plain, String associated) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt with AES-GCM", e);
        }
    }

    private static byte[] open(SecretKey key, String sealed, String associated) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new UnreadableException("not a sealed value of version " + VERSION, null);
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(sealed.substring(VERSION.length()));
            if (in.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new UnreadableException("sealed value too short", null);
            }
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            // javax.crypto.AEADBadTagException lands here: changed, truncated, or sealed for someone else.
            throw new UnreadableException("sealed value does not open: changed, or sealed under another key", e);
        }
    }
}
