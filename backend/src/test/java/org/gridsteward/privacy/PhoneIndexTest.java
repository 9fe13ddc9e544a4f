package org.gridsteward.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PhoneIndexTest {
    private final PhoneIndex index = new PhoneIndex(new SecretKeySpec(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, "HmacSHA256"));

    @Test
    void theSameNumberHowEverWrittenHasOneEntry() {
        assertThat(index.entryFor("138 0013 8000"))
                .isEqualTo(index.entryFor("13800138000"))
                .isEqualTo(index.entryFor("+86 138-0013-8000"));
    }

    @Test
    void differentNumbersHaveDifferentEntries() {
        assertThat(index.entryFor("13800138000")).isNotEqualTo(index.entryFor("13800138001"));
    }

    @Test
    void anEntryHoldsNoDigitsOfTheNumberAndIsNotItsPlainHash() throws Exception {
        String entry = index.entryFor("13800138000");
        String plainHash = HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest("13800138000".getBytes()));

        assertThat(entry).hasSize(64).doesNotContain("13800138000").doesNotContain("8000").isNotEqualTo(plainHash);
    }

    @Test
    void anotherKeyGivesOtherEntries() {
        PhoneIndex other = new PhoneIndex(new SecretKeySpec(new byte[] {8, 7, 6, 5, 4, 3, 2, 1}, "HmacSHA256"));

        assertThat(other.entryFor("13800138000")).isNotEqualTo(index.entryFor("13800138000"));
    }

    @Test
    void noNumberHasNoEntry() {
        assertThat(index.entryFor(null)).isNull();
        assertThat(index.entryFor(" - ")).isNull();
    }
}
