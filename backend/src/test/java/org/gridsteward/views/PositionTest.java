package org.gridsteward.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PositionTest {

    @Test
    void aPositionCoversEverythingItHasSeen() {
        Position applied = new Position(10, List.of());

        assertThat(applied.covers(new Position(7, List.of()))).isTrue();
        assertThat(applied.covers(new Position(10, List.of()))).isTrue();
        assertThat(applied.covers(new Position(11, List.of()))).isFalse();
    }

    @Test
    void anEventFillingAGapIsNotCoveredByLaterPositions() {
        Position applied = new Position(10, List.of(5L));
        Position gapFilled = new Position(10, List.of());

        assertThat(applied.covers(gapFilled)).isFalse();
        assertThat(applied.including(gapFilled)).isEqualTo(new Position(10, List.of()));
    }

    @Test
    void aGapStillOpenOnBothSidesStaysAGap() {
        Position applied = new Position(8, List.of(5L));
        Position next = new Position(12, List.of(5L, 11L));

        assertThat(applied.including(next)).isEqualTo(new Position(12, List.of(5L, 11L)));
        assertThat(applied.covers(new Position(7, List.of(5L)))).isTrue();
    }
}
