package org.gridsteward.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void aMovedCountLeavesItsKeyAndAKeyCountedZeroTimesIsDropped() {
        Map<String, Long> counts = Map.of("SUBMITTED", 1L, "DISPATCHED", 2L);

        assertThat(Counts.moved(counts, "SUBMITTED", "DISPATCHED")).isEqualTo(Map.of("DISPATCHED", 3L));
        assertThat(Counts.moved(counts, "DISPATCHED", "RESOLVED"))
                .isEqualTo(Map.of("SUBMITTED", 1L, "DISPATCHED", 1L, "RESOLVED", 1L));
        assertThat(Counts.moved(counts, null, "SUBMITTED")).isEqualTo(Map.of("SUBMITTED", 2L, "DISPATCHED", 2L));
        assertThat(Counts.moved(counts, "SUBMITTED", null)).isEqualTo(Map.of("DISPATCHED", 2L));
    }

    @Test
    void countsMovedToTheSameKeyAreKeptAsTheyWere() {
        Map<String, Long> counts = Map.of("SUBMITTED", 1L);

        assertThat(Counts.moved(counts, "SUBMITTED", "SUBMITTED")).isSameAs(counts);
        assertThat(Counts.moved(counts, null, null)).isSameAs(counts);
    }
}
