package org.gridsteward.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {
    private static final String REQUEST = "Submit[gridId=g-01-01, reporter=Reporter[name=张三丰, phone=13800138000]]";

    private static MasterKey key(byte fill) {
        byte[] secret = new byte[32];
        Arrays.fill(secret, fill);
        return new MasterKey(Optional.of(Base64.getEncoder().encodeToString(secret)), Path.of("unused"));
    }

    @Test
    void aRetriedRequestHasTheSameFingerprint() {
        assertThat(key((byte) 1).fingerprint(REQUEST)).isEqualTo(key((byte) 1).fingerprint(REQUEST));
    }

    @Test
    void theFingerprintCannotBeRecomputedWithoutTheKey() throws Exception {
        String plain = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(REQUEST.getBytes(StandardCharsets.UTF_8)));

        assertThat(key((byte) 1).fingerprint(REQUEST)).isNotEqualTo(plain);
        assertThat(key((byte) 1).fingerprint(REQUEST)).isNotEqualTo(key((byte) 2).fingerprint(REQUEST));
    }
}
