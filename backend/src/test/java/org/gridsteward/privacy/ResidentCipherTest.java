package org.gridsteward.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ResidentCipherTest {
    private final ResidentCipher cipher = new ResidentCipher(new SecretKeySpec(new byte[32], "AES"));
    private final SecretKey key = cipher.newDataKey();

    @Test
    void aSealedValueOpensToWhatWasSealed() {
        String sealed = cipher.encrypt(key, "resident-1", "name", "张三丰");

        assertThat(cipher.decrypt(key, "resident-1", "name", sealed)).isEqualTo("张三丰");
    }

    @Test
    void aSealedValueShowsNothingOfTheClearTextAndDiffersEachTime() {
        String once = cipher.encrypt(key, "resident-1", "phone", "13800138000");
        String twice = cipher.encrypt(key, "resident-1", "phone", "13800138000");

        assertThat(once).startsWith("v1.").doesNotContain("13800138000").doesNotContain("8000").isNotEqualTo(twice);
    }

    @Test
    void aChangedByteIsDetected() {
        String sealed = cipher.encrypt(key, "resident-1", "phone", "13800138000");
        byte[] raw = Base64.getUrlDecoder().decode(sealed.substring(3));
        raw[raw.length / 2] ^= 1;
        String tampered = "v1." + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);

        assertThatThrownBy(() -> cipher.decrypt(key, "resident-1", "phone", tampered))
                .isInstanceOf(ResidentCipher.UnreadableException.class);
    }

    @Test
    void aValueMovedToAnotherResidentOrFieldDoesNotOpen() {
        String sealed = cipher.encrypt(key, "resident-1", "phone", "13800138000");

        assertThatThrownBy(() -> cipher.decrypt(key, "resident-2", "phone", sealed))
                .isInstanceOf(ResidentCipher.UnreadableException.class);
        assertThatThrownBy(() -> cipher.decrypt(key, "resident-1", "name", sealed))
                .isInstanceOf(ResidentCipher.UnreadableException.class);
    }

    @Test
    void anotherKeyCannotOpenIt() {
        String sealed = cipher.encrypt(key, "resident-1", "name", "张三丰");

        assertThatThrownBy(() -> cipher.decrypt(cipher.newDataKey(), "resident-1", "name", sealed))
                .isInstanceOf(ResidentCipher.UnreadableException.class);
    }

    @Test
    void aWrappedKeyUnwrapsOnlyForItsResidentAndUnderItsKeyEncryptionKey() {
        String wrapped = cipher.wrap(key, "resident-1");

        assertThat(cipher.unwrap(wrapped, "resident-1").getEncoded()).isEqualTo(key.getEncoded());
        assertThat(wrapped).doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(key.getEncoded()));
        assertThatThrownBy(() -> cipher.unwrap(wrapped, "resident-2")).isInstanceOf(ResidentCipher.UnreadableException.class);
        byte[] otherKek = "another key-encryption key, 32B".getBytes(StandardCharsets.US_ASCII);
        ResidentCipher other = new ResidentCipher(new SecretKeySpec(java.util.Arrays.copyOf(otherKek, 32), "AES"));
        assertThatThrownBy(() -> other.unwrap(wrapped, "resident-1")).isInstanceOf(ResidentCipher.UnreadableException.class);
    }

    @Test
    void somethingThatWasNeverSealedIsRefused() {
        assertThatThrownBy(() -> cipher.decrypt(key, "resident-1", "name", "张三丰"))
                .isInstanceOf(ResidentCipher.UnreadableException.class);
        assertThatThrownBy(() -> cipher.decrypt(key, "resident-1", "name", "v1.AAAA"))
                .isInstanceOf(ResidentCipher.UnreadableException.class);
    }
}
