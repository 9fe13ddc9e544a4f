package org.gridsteward.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsteward.views.ViewFixture.GRID;
import static org.gridsteward.views.ViewFixture.classified;
import static org.gridsteward.views.ViewFixture.hoursAgo;
import static org.gridsteward.views.ViewFixture.submitted;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryDaysTest {
    private final ViewFixture f = new ViewFixture();

    @Test
    void reportsAreCountedPerCategoryPerShanghaiDay() {
        f.feed(submitted("r1", GRID, "parking", hoursAgo(1), null), submitted("r2", GRID, "garbage", hoursAgo(2), null),
                submitted("r3", GRID, "parking", hoursAgo(30), null));

        var days = f.view("grid:" + GRID).categories();
        assertThat(days).hasSize(ScopeViews.CATEGORY_DAYS);
        assertThat(days.get(days.size() - 1)).isEqualTo(new ScopeView.DayCounts("2026-11-23", Map.of("parking", 1L, "garbage", 1L)));
        assertThat(days.get(days.size() - 2).counts()).isEqualTo(Map.of("parking", 1L));
    }

    @Test
    void aCorrectedCategoryMovesTheReportToIt() {
        f.feed(submitted("r1", GRID, "parking", hoursAgo(1), null), classified("r1", "fire-lane", hoursAgo(0.5)));

        var today = f.view("city").categories().get(ScopeViews.CATEGORY_DAYS - 1);
        assertThat(today.counts()).isEqualTo(Map.of("fire-lane", 1L));
    }
}
