package org.gridsteward.views;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a wall shows for one scope. {@code departments} is filled for the city only: departments serve
 * the whole city. {@code categories} lists the last {@value ScopeViews#CATEGORY_DAYS} days, oldest first.
 * {@code grids} holds every grid inside a street, community or the city, in the organisation's order, so a map
 * can colour each; it is empty for a grid, which is one itself.
 */
public record ScopeView(
        String scope,
        Instant at,
        ScopeFigures figures,
        DeadlineBoard board,
        List<TickerEntry> ticker,
        List<DayCounts> categories,
        List<DepartmentFigures> departments,
        List<GridState> grids) {

    public record DayCounts(String day, Map<String, Long> counts) {}
}
