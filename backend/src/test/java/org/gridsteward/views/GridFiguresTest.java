package org.gridsteward.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsteward.views.ViewFixture.COMMUNITY;
import static org.gridsteward.views.ViewFixture.GRID;
import static org.gridsteward.views.ViewFixture.HOUSING;
import static org.gridsteward.views.ViewFixture.OTHER_STREET_GRID;
import static org.gridsteward.views.ViewFixture.SIBLING_GRID;
import static org.gridsteward.views.ViewFixture.STREET;
import static org.gridsteward.views.ViewFixture.accepted;
import static org.gridsteward.views.ViewFixture.dispatched;
import static org.gridsteward.views.ViewFixture.hoursAgo;
import static org.gridsteward.views.ViewFixture.inHours;
import static org.gridsteward.views.ViewFixture.rated;
import static org.gridsteward.views.ViewFixture.rejected;
import static org.gridsteward.views.ViewFixture.resolved;
import static org.gridsteward.views.ViewFixture.rework;
import static org.gridsteward.views.ViewFixture.submitted;

import java.util.List;
import org.gridsteward.events.report.Satisfaction;
import org.junit.jupiter.api.Test;

class GridFiguresTest {
    private final ViewFixture f = new ViewFixture();

    @Test
    void openReportsAreCountedByStatus() {
        f.feed(submitted("r1", GRID, hoursAgo(1)), submitted("r2", GRID, hoursAgo(1)),
                dispatched("r2", HOUSING, hoursAgo(0.5), inHours(1), inHours(48)));

        assertThat(f.view("grid:" + GRID).figures().openByStatus()).containsEntry("SUBMITTED", 1L).containsEntry("DISPATCHED", 1L);
        assertThat(f.view("grid:" + GRID).figures().open()).isEqualTo(2);
    }

    @Test
    void newTodayCountsSubmissionsOfTheCurrentShanghaiDay() {
        // 10:00 in Shanghai: 9 hours ago is 01:00 the same day there; 11 hours ago is the day before
        f.feed(submitted("r1", GRID, hoursAgo(9)), submitted("r2", GRID, hoursAgo(11)));

        assertThat(f.view("grid:" + GRID).figures().newToday()).isEqualTo(1);
        assertThat(f.view("grid:" + GRID).figures().received()).isEqualTo(2);
    }

    @Test
    void overdueAndDueWithin24HoursFollowTheClock() {
        f.feed(submitted("late", GRID, hoursAgo(80)), dispatched("late", HOUSING, hoursAgo(79), hoursAgo(78), hoursAgo(2)),
                submitted("soon", GRID, hoursAgo(5)), dispatched("soon", HOUSING, hoursAgo(4), hoursAgo(3), inHours(20)),
                submitted("later", GRID, hoursAgo(5)), dispatched("later", HOUSING, hoursAgo(4), hoursAgo(3), inHours(30)));

        ScopeFigures figures = f.view("grid:" + GRID).figures();
        assertThat(figures.overdue()).isEqualTo(1);
        assertThat(figures.dueWithin24h()).isEqualTo(1);
    }

    @Test
    void ratesAndAveragesAreWorkedOutFromResolvedAndRatedReports() {
        f.feed(submitted("r1", GRID, hoursAgo(30)), dispatched("r1", HOUSING, hoursAgo(29), hoursAgo(27), hoursAgo(5)),
                accepted("r1", HOUSING, hoursAgo(28)), resolved("r1", HOUSING, hoursAgo(10)),
                rated("r1", Satisfaction.BASICALLY_SATISFIED, hoursAgo(9)),
                submitted("r2", GRID, hoursAgo(30)), dispatched("r2", HOUSING, hoursAgo(29), hoursAgo(27), hoursAgo(20)),
                accepted("r2", HOUSING, hoursAgo(26)), resolved("r2", HOUSING, hoursAgo(10)),
                rated("r2", Satisfaction.DISSATISFIED, hoursAgo(9)),
                submitted("r3", GRID, hoursAgo(30)), rejected("r3", hoursAgo(29)),
                submitted("r4", GRID, hoursAgo(30)));

        ScopeFigures figures = f.view("grid:" + GRID).figures();
        assertThat(figures.resolved()).isEqualTo(2);
        assertThat(figures.resolutionRate()).isEqualTo(2.0 / 3);
        assertThat(figures.onTimeRate()).isEqualTo(0.5);
        assertThat(figures.satisfactionRate()).isEqualTo(0.5);
        assertThat(figures.averageSignOffSeconds()).isEqualTo(2 * 3600);
        assertThat(figures.averageResolveSeconds()).isEqualTo(20 * 3600);
    }

    @Test
    void reworkWithdrawsTheResolutionUntilTheReportIsResolvedAgain() {
        f.feed(submitted("r1", GRID, hoursAgo(30)), dispatched("r1", HOUSING, hoursAgo(29), hoursAgo(27), inHours(5)),
                accepted("r1", HOUSING, hoursAgo(28)), resolved("r1", HOUSING, hoursAgo(10)), rework("r1", hoursAgo(9)));

        assertThat(f.view("grid:" + GRID).figures().resolved()).isZero();
        assertThat(f.view("grid:" + GRID).figures().dueWithin24h()).isEqualTo(1);
    }

    @Test
    void gridFiguresRollUpToCommunityStreetAndCity() {
        f.feed(submitted("r1", GRID, hoursAgo(1)), submitted("r2", SIBLING_GRID, hoursAgo(1)),
                submitted("r3", OTHER_STREET_GRID, hoursAgo(1)));

        assertThat(f.view("grid:" + GRID).figures().received()).isEqualTo(1);
        assertThat(f.view("community:" + COMMUNITY).figures().received()).isEqualTo(2);
        assertThat(f.view("street:" + STREET).figures().received()).isEqualTo(2);
        assertThat(f.view("city").figures().received()).isEqualTo(3);
    }

    @Test
    void theDeadlineBoardListsOpenDeadlinesSoonestFirstWithTheTimeLeft() {
        f.feed(submitted("a", GRID, hoursAgo(5)), dispatched("a", HOUSING, hoursAgo(4), hoursAgo(3), inHours(10)),
                submitted("b", GRID, hoursAgo(5)), dispatched("b", HOUSING, hoursAgo(4), hoursAgo(3), hoursAgo(1)),
                submitted("c", GRID, hoursAgo(5)), dispatched("c", HOUSING, hoursAgo(4), hoursAgo(3), inHours(2)),
                resolved("c", HOUSING, hoursAgo(1)));

        DeadlineBoard board = f.view("city").board();
        assertThat(board.rows()).extracting(DeadlineBoard.Row::reportId).containsExactly("b", "a");
        assertThat(board.rows()).extracting(DeadlineBoard.Row::secondsLeft).containsExactly(-3600L, 36000L);
    }

    @Test
    void theDeadlineBoardIsBoundedButCountsEveryOpenDeadline() {
        for (int i = 0; i < DeadlineBoard.DEFAULT_LENGTH + 5; i++) {
            f.feed(submitted("r" + i, GRID, hoursAgo(5)), dispatched("r" + i, HOUSING, hoursAgo(4), hoursAgo(3), inHours(i)));
        }

        DeadlineBoard board = f.view("grid:" + GRID).board();
        assertThat(board.rows()).hasSize(DeadlineBoard.DEFAULT_LENGTH);
        assertThat(board.total()).isEqualTo(DeadlineBoard.DEFAULT_LENGTH + 5);
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        var submission = submitted("r1", GRID, hoursAgo(1));
        f.feed(submission);
        Position first = new Position(0, List.of());

        f.projections.forEach(p -> assertThat(p.on(submission, first)).isEmpty());
        assertThat(f.view("city").figures().received()).isEqualTo(1);
    }

    @Test
    void anEventFillingAGapIsAppliedAfterLaterOnes() {
        GridProjection grids = new GridProjection(f.store, f.tree);
        grids.on(submitted("late", GRID, hoursAgo(2)), new Position(6, List.of(5L)));
        grids.on(submitted("filled", GRID, hoursAgo(2)), new Position(6, List.of()));

        assertThat(f.view("grid:" + GRID).figures().received()).isEqualTo(2);
    }

    @Test
    void aScopeTheCityDoesNotHaveHasNoView() {
        assertThat(f.views.view(Scope.grid("g-99-99"))).isEmpty();
    }
}
