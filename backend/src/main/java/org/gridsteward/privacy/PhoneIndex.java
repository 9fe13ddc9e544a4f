package org.gridsteward.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * The key a phone number is found under: HMAC-SHA256 of the number written one way, under a secret key. A plain
 * hash of an eleven-digit number is undone by trying every number; without the key this cannot be.
 */
public final class PhoneIndex {
    private final SecretKey key;

    public PhoneIndex(SecretKey key) {
        this.key = key;
    }

    /** The index entry for this phone number, however it was written; null for none. */
    public String entryFor(String phone) {
        String normal = normalise(phone);
        if (normal == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normal.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * Digits only, without China's country code on a mobile number: {@code +86 138-0013-8000} and
     * {@code 13800138000} are one resident.
     */
    static String normalise(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() == 13 && digits.startsWith("861")) {
            digits = digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }
}
