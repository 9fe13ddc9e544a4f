package org.gridsteward.views;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GridLevelTest {

    private static GridLevel level(long overdue, long overdueOver24h, long dueWithin24h) {
        return GridLevel.of(new DueCounts(overdue, overdueOver24h, dueWithin24h));
    }

    @Test
    void aGridWithNothingOverdueOrDueWithinADayIsBlue() {
        assertThat(level(0, 0, 0)).isEqualTo(GridLevel.BLUE);
    }

    @Test
    void aReportDueWithinADayMakesAGridYellow() {
        assertThat(level(0, 0, 1)).isEqualTo(GridLevel.YELLOW);
    }

    @Test
    void oneOrTwoRecentlyOverdueReportsMakeAGridYellow() {
        assertThat(level(1, 0, 0)).isEqualTo(GridLevel.YELLOW);
        assertThat(level(2, 0, 5)).isEqualTo(GridLevel.YELLOW);
    }

    @Test
    void threeOverdueReportsMakeAGridRed() {
        assertThat(level(GridLevel.RED_OVERDUE, 0, 0)).isEqualTo(GridLevel.RED);
    }

    @Test
    void oneReportOverdueForMoreThanADayMakesAGridRed() {
        assertThat(level(1, 1, 0)).isEqualTo(GridLevel.RED);
    }

    @Test
    void levelsAreWrittenInLowerCase() {
        assertThat(GridLevel.RED.field()).isEqualTo("red");
        assertThat(GridLevel.YELLOW.field()).isEqualTo("yellow");
        assertThat(GridLevel.BLUE.field()).isEqualTo("blue");
    }
}
