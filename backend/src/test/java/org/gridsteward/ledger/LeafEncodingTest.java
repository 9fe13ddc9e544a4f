package org.gridsteward.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The leaf encoding byte by byte, as docs/audit.md gives it to auditors. */
class LeafEncodingTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void anEventIsEncodedFieldByFieldLengthPrefixedAndBigEndian() {
        StoredEvent event = new StoredEvent(258, "e", "R", "a", 1, "t", "T", null, "{}", "网");
        String expected = "45" + "0000000000000102"
                + "00000001" + "65"
                + "00000001" + "52"
                + "00000001" + "61"
                + "0000000000000001"
                + "00000001" + "74"
                + "00000001" + "54"
                + "ffffffff"
                + "00000002" + "7b7d"
                + "00000003" + "e7bd91";
        assertThat(HEX.formatHex(LeafEncoding.event(event))).isEqualTo(expected);
    }

    @Test
    void aSkippedPositionIsItsMarkAndPosition() {
        assertThat(HEX.formatHex(LeafEncoding.skipped(5))).isEqualTo("530000000000000005");
    }

    @Test
    void theLeafHashIsSha256OfZeroThenTheEncoding() throws Exception {
        StoredEvent event = new StoredEvent(0, "e", null, "a", 0, "t", "T", "1", "{}", "{\"x\":1}");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((byte) 0);
        assertThat(LeafEncoding.leafHash(event)).isEqualTo(sha.digest(LeafEncoding.event(event)));
    }

    @Test
    void movingTextBetweenFieldsChangesTheLeaf() {
        StoredEvent one = new StoredEvent(0, "e", "R", "ab", 0, "t", "T", "1", "{}", "c");
        StoredEvent two = new StoredEvent(0, "e", "R", "a", 0, "t", "T", "1", "{}", "bc");
        StoredEvent absent = new StoredEvent(0, "e", null, "ab", 0, "t", "T", "1", "{}", "c");
        StoredEvent emptyText = new StoredEvent(0, "e", "", "ab", 0, "t", "T", "1", "{}", "c");
        assertThat(LeafEncoding.leafHash(one)).isNotEqualTo(LeafEncoding.leafHash(two));
        assertThat(LeafEncoding.leafHash(absent)).isNotEqualTo(LeafEncoding.leafHash(emptyText));
    }
}
