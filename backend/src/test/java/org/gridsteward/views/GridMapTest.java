package org.gridsteward.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsteward.views.ViewFixture.CITY;
import static org.gridsteward.views.ViewFixture.COMMUNITY;
import static org.gridsteward.views.ViewFixture.GRID;
import static org.gridsteward.views.ViewFixture.HOUSING;
import static org.gridsteward.views.ViewFixture.NOW;
import static org.gridsteward.views.ViewFixture.OTHER_STREET_GRID;
import static org.gridsteward.views.ViewFixture.SIBLING_GRID;
import static org.gridsteward.views.ViewFixture.STREET;
import static org.gridsteward.views.ViewFixture.accepted;
import static org.gridsteward.views.ViewFixture.dispatched;
import static org.gridsteward.views.ViewFixture.hoursAgo;
import static org.gridsteward.views.ViewFixture.inHours;
import static org.gridsteward.views.ViewFixture.rated;
import static org.gridsteward.views.ViewFixture.resolved;
import static org.gridsteward.views.ViewFixture.submitted;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.gridsteward.events.report.Satisfaction;
import org.gridsteward.org.Grid;
import org.junit.jupiter.api.Test;

class GridMapTest {
    private final ViewFixture f = new ViewFixture();

    private GridState row(String scope, String gridId) {
        return f.view(scope).grids().stream().filter(g -> g.gridId().equals(gridId)).findFirst().orElseThrow();
    }

    @Test
    void everyGridOfTheScopeAppearsInTheOrganisationsOrderAlsoThoseWithoutReports() {
        f.feed(submitted("r1", GRID, hoursAgo(1)));

        assertThat(f.view("city").grids()).extracting(GridState::gridId)
                .containsExactlyElementsOf(CITY.grids().stream().map(Grid::id).toList());
        assertThat(f.view("street:" + STREET).grids()).extracting(GridState::gridId)
                .containsExactlyElementsOf(CITY.street(STREET).orElseThrow().communities().stream()
                        .flatMap(c -> c.grids().stream()).map(Grid::id).toList());
        assertThat(f.view("community:" + COMMUNITY).grids()).extracting(GridState::gridId)
                .containsExactlyElementsOf(CITY.community(COMMUNITY).orElseThrow().grids().stream().map(Grid::id).toList());
        assertThat(row("community:" + COMMUNITY, SIBLING_GRID))
                .isEqualTo(new GridState(SIBLING_GRID, 0, 0, 0, 0, 0, null, GridLevel.BLUE));
    }

    @Test
    void aGridsViewHasNoMapOfGrids() {
        f.feed(submitted("r1", GRID, hoursAgo(1)));

        assertThat(f.view("grid:" + GRID).grids()).isEmpty();
    }

    @Test
    void aGridsRowCountsItsOwnReportsOnly() {
        f.feed(submitted("late", GRID, hoursAgo(10)), dispatched("late", HOUSING, hoursAgo(9), hoursAgo(8), hoursAgo(2)),
                submitted("soon", GRID, hoursAgo(5)), dispatched("soon", HOUSING, hoursAgo(4), hoursAgo(3), inHours(20)),
                submitted("later", GRID, hoursAgo(5)), dispatched("later", HOUSING, hoursAgo(4), hoursAgo(3), inHours(30)),
                submitted("done", GRID, hoursAgo(30)), dispatched("done", HOUSING, hoursAgo(29), hoursAgo(27), inHours(5)),
                accepted("done", HOUSING, hoursAgo(28)), resolved("done", HOUSING, hoursAgo(10)),
                rated("done", Satisfaction.BASICALLY_SATISFIED, hoursAgo(9)),
                submitted("elsewhere", SIBLING_GRID, hoursAgo(10)),
                dispatched("elsewhere", HOUSING, hoursAgo(9), hoursAgo(8), hoursAgo(1)));

        assertThat(row("city", GRID)).isEqualTo(new GridState(GRID, 4, 1, 0, 1, 4, 1.0, GridLevel.YELLOW));
        assertThat(row("city", SIBLING_GRID)).isEqualTo(new GridState(SIBLING_GRID, 1, 1, 0, 0, 1, null, GridLevel.YELLOW));
    }

    @Test
    void aGridsRowAgreesWithTheGridsOwnFigures() {
        f.feed(submitted("a", GRID, hoursAgo(80)), dispatched("a", HOUSING, hoursAgo(79), hoursAgo(78), hoursAgo(30)),
                submitted("b", GRID, hoursAgo(5)), dispatched("b", HOUSING, hoursAgo(4), hoursAgo(3), hoursAgo(1)),
                submitted("c", GRID, hoursAgo(5)), dispatched("c", HOUSING, hoursAgo(4), hoursAgo(3), inHours(3)),
                submitted("d", GRID, hoursAgo(5)));

        ScopeFigures figures = f.view("grid:" + GRID).figures();
        GridState row = row("street:" + STREET, GRID);
        assertThat(row.open()).isEqualTo(figures.open());
        assertThat(row.overdue()).isEqualTo(figures.overdue()).isEqualTo(2);
        assertThat(row.dueWithin24h()).isEqualTo(figures.dueWithin24h()).isEqualTo(1);
        assertThat(row.received()).isEqualTo(figures.received());
        assertThat(row.overdueOver24h()).isEqualTo(1);
        assertThat(row.level()).isEqualTo(GridLevel.RED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGridTurnsFromYellowToRedWithTimeAloneAsAReportStaysOverdueForADay() {
        f.feed(submitted("r1", GRID, hoursAgo(10)), dispatched("r1", HOUSING, hoursAgo(9), hoursAgo(8), hoursAgo(1)));
        ScopeViews aDayLater = new ScopeViews(f.store, f.tree, Clock.fixed(NOW.plus(Duration.ofHours(24)), ZoneOffset.UTC));

        assertThat((List<Object>) f.views.section(Scope.CITY, Section.GRIDS)).contains(
                new GridState(GRID, 1, 1, 0, 0, 1, null, GridLevel.YELLOW));
        assertThat((List<Object>) aDayLater.section(Scope.CITY, Section.GRIDS)).contains(
                new GridState(GRID, 1, 1, 1, 0, 1, null, GridLevel.RED));
    }

    @Test
    void anEventInAGridChangesTheMapsOfItsCommunityStreetAndCityOnly() {
        List<Changed> changed = f.feed(submitted("r1", GRID, hoursAgo(1)));

        assertThat(changed.stream().filter(c -> c.section() == Section.GRIDS).map(Changed::scope))
                .containsExactlyInAnyOrder("community:" + COMMUNITY, "street:" + STREET, "city");
    }

    @Test
    void aGridInAnotherStreetIsNotOnThisStreetsMap() {
        assertThat(f.view("street:" + STREET).grids()).extracting(GridState::gridId).doesNotContain(OTHER_STREET_GRID);
        assertThat(f.view("city").grids()).extracting(GridState::gridId).contains(OTHER_STREET_GRID);
    }
}
