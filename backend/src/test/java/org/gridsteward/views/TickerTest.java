package org.gridsteward.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsteward.views.ViewFixture.GRID;
import static org.gridsteward.views.ViewFixture.HOUSING;
import static org.gridsteward.views.ViewFixture.OTHER_STREET_GRID;
import static org.gridsteward.views.ViewFixture.dispatched;
import static org.gridsteward.views.ViewFixture.escalated;
import static org.gridsteward.views.ViewFixture.hoursAgo;
import static org.gridsteward.views.ViewFixture.resolutionOverdue;
import static org.gridsteward.views.ViewFixture.submitted;

import java.time.Instant;
import java.util.List;
import org.gridsteward.events.report.EscalationLevel;
import org.junit.jupiter.api.Test;

class TickerTest {
    private final ViewFixture f = new ViewFixture();

    @Test
    void theTickerShowsResidentsMasked() {
        f.feed(submitted("r1", GRID, "parking", hoursAgo(1), f.residents.seal("resident-1", "张三丰", "13800138000")));

        TickerEntry entry = f.view("grid:" + GRID).ticker().get(0);
        assertThat(entry.reporterName()).isEqualTo("张*丰");
        assertThat(entry.reporterPhone()).isEqualTo("138****8000");
        assertThat(entry.labelZh()).isEqualTo("新上报");
    }

    @Test
    void theTickerListsTheNewestEventsFirstAndKeepsABoundedNumber() {
        for (int i = 0; i < Ticker.LENGTH + 3; i++) {
            f.feed(submitted("r" + i, GRID, hoursAgo(30 - i)));
        }
        f.feed(dispatched("r0", HOUSING, hoursAgo(0.5), hoursAgo(0.2), hoursAgo(0.1)));

        var ticker = f.view("grid:" + GRID).ticker();
        assertThat(ticker).hasSize(Ticker.LENGTH);
        assertThat(ticker.get(0).type()).isEqualTo("ReportDispatched");
        assertThat(ticker.get(1).reportId()).isEqualTo("r" + (Ticker.LENGTH + 2));
    }

    @Test
    void anEntryGoesInItsPlaceByTimeAndOneOlderThanAFullTickerIsLeftOut() {
        Ticker ticker = Ticker.empty("city");
        for (int i = 0; i < Ticker.LENGTH; i++) {
            ticker = ticker.with(entry("r" + i, hoursAgo(2 * i)), new Position(i, List.of()));
        }

        Ticker between = ticker.with(entry("between", hoursAgo(3)), new Position(100, List.of()));
        Ticker older = ticker.with(entry("older", hoursAgo(100)), new Position(101, List.of()));

        assertThat(between.entries()).extracting(TickerEntry::reportId)
                .startsWith("r0", "r1", "between", "r2")
                .hasSize(Ticker.LENGTH)
                .doesNotContain("r" + (Ticker.LENGTH - 1));
        assertThat(older.entries()).isEqualTo(ticker.entries());
        assertThat(older.applied()).isEqualTo(new Position(101, List.of()));
    }

    private static TickerEntry entry(String reportId, Instant at) {
        return new TickerEntry("ReportSubmitted", "新上报", "Reported", reportId, GRID, "parking", at, null, null);
    }

    @Test
    void anEscalationShowsOnTheTickerWithTheLevelThatNowSupervisesIt() {
        f.feed(submitted("r1", GRID, hoursAgo(30)), dispatched("r1", HOUSING, hoursAgo(29), hoursAgo(28), hoursAgo(26)),
                resolutionOverdue("r1", HOUSING, hoursAgo(26)),
                escalated("r1", HOUSING, hoursAgo(26), EscalationLevel.STREET, hoursAgo(1)));

        var ticker = f.view("grid:" + GRID).ticker();
        assertThat(ticker.get(0).labelZh()).isEqualTo("街道督办");
        assertThat(ticker.get(0).labelEn()).isEqualTo("Escalated to the street");
        assertThat(ticker.get(1).labelZh()).isEqualTo("办结超期");
    }

    @Test
    void eachScopeSeesOnlyItsOwnEvents() {
        f.feed(submitted("here", GRID, hoursAgo(1)), submitted("there", OTHER_STREET_GRID, hoursAgo(1)));

        assertThat(f.view("grid:" + GRID).ticker()).extracting(TickerEntry::reportId).containsExactly("here");
        assertThat(f.view("city").ticker()).hasSize(2);
    }

    @Test
    void anErasedResidentsDetailsAreReplacedOnEveryTickerThatShowedThem() {
        f.feed(submitted("r1", GRID, "parking", hoursAgo(2), f.residents.seal("resident-1", "张三丰", "13800138000")),
                submitted("r2", GRID, "parking", hoursAgo(1), f.residents.seal("resident-2", "李四", "13900139000")));

        var changed = f.erase("resident-1");

        assertThat(changed).contains(new Changed("grid:" + GRID, Section.TICKER), new Changed("city", Section.TICKER));
        for (String scope : new String[] {"grid:" + GRID, "city"}) {
            var ticker = f.view(scope).ticker();
            assertThat(ticker).filteredOn(e -> e.reportId().equals("r1"))
                    .extracting(TickerEntry::reporterName, TickerEntry::reporterPhone)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Masking.ERASED, Masking.ERASED));
            assertThat(ticker).filteredOn(e -> e.reportId().equals("r2"))
                    .extracting(TickerEntry::reporterName, TickerEntry::reporterPhone)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("李*", "139****9000"));
        }
    }

    @Test
    void aReplayAfterAnErasureShowsTheErasedMarkerFromTheStart() {
        var reporter = f.residents.seal("resident-1", "张三丰", "13800138000");
        f.residents.erase("resident-1");

        f.feed(submitted("r1", GRID, "parking", hoursAgo(1), reporter));

        TickerEntry entry = f.view("grid:" + GRID).ticker().get(0);
        assertThat(entry.reporterName()).isEqualTo(Masking.ERASED);
        assertThat(entry.reporterPhone()).isEqualTo(Masking.ERASED);
    }

    @Test
    void anErasureOfAResidentNoTickerShowsChangesNothing() {
        f.feed(submitted("r1", GRID, "parking", hoursAgo(1), f.residents.seal("resident-1", "张三丰", "13800138000")));

        assertThat(f.erase("resident-9")).isEmpty();
        assertThat(f.view("grid:" + GRID).ticker().get(0).reporterName()).isEqualTo("张*丰");
    }
}
