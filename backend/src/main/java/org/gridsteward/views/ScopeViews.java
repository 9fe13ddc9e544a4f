package org.gridsteward.views;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsteward.org.Department;

/** Reads a scope's view, or one section of it, from the read models, as of the clock's now. */
public final class ScopeViews {
    public static final int CATEGORY_DAYS = 7;

    private final ViewStore store;
    private final ScopeTree tree;
    private final Clock clock;

    public ScopeViews(ViewStore store, ScopeTree tree, Clock clock) {
        this.store = store;
        this.tree = tree;
        this.clock = clock;
    }

    /** Empty when the organisation has no such street, community or grid. */
    public Optional<ScopeView> view(Scope scope) {
        if (!tree.exists(scope)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ScopeTally tally = tally(scope);
        return Optional.of(new ScopeView(
                scope.key(), now,
                ScopeFigures.of(tally, now),
                DeadlineBoard.of(tally, now, DeadlineBoard.DEFAULT_LENGTH),
                ticker(scope),
                categories(scope, now),
                departments(scope),
                grids(scope, now)));
    }

    /** One section as it stands now, the payload of a delta. */
    public Object section(Scope scope, Section section) {
        Instant now = clock.instant();
        return switch (section) {
            case FIGURES -> ScopeFigures.of(tally(scope), now);
            case BOARD -> DeadlineBoard.of(tally(scope), now, DeadlineBoard.DEFAULT_LENGTH);
            case TICKER -> ticker(scope);
            case CATEGORIES -> categories(scope, now);
            case DEPARTMENTS -> departments(scope);
            case GRIDS -> grids(scope, now);
        };
    }

    public boolean exists(Scope scope) {
        return tree.exists(scope);
    }

    /** Every scope of the city: the city, its streets, communities and grids. */
    public List<Scope> scopes() {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(Scope.CITY);
        tree.city().streets().forEach(street -> {
            scopes.add(Scope.street(street.id()));
            street.communities().forEach(community -> {
                scopes.add(Scope.community(community.id()));
                community.grids().forEach(grid -> scopes.add(Scope.grid(grid.id())));
            });
        });
        return scopes;
    }

    private ScopeTally tally(Scope scope) {
        return store.find(GridProjection.TALLIES, scope.key(), ScopeTally.class).orElse(ScopeTally.empty(scope.key()));
    }

    /** Read from the grids' own tallies, those of their grid views, in one look-up. */
    private List<GridState> grids(Scope scope, Instant now) {
        List<String> grids = tree.gridsOf(scope);
        if (grids.isEmpty()) {
            return List.of();
        }
        List<String> keys = grids.stream().map(grid -> Scope.grid(grid).key()).toList();
        Map<String, ScopeTally> tallies = new HashMap<>();
        for (ScopeTally tally : store.findAll(GridProjection.TALLIES, keys, ScopeTally.class)) {
            tallies.put(tally.scope(), tally);
        }
        List<GridState> states = new ArrayList<>(grids.size());
        for (int i = 0; i < grids.size(); i++) {
            String key = keys.get(i);
            states.add(GridState.of(grids.get(i), tallies.getOrDefault(key, ScopeTally.empty(key)), now));
        }
        return states;
    }

    private List<TickerEntry> ticker(Scope scope) {
        return store.find(TickerProjection.TICKERS, scope.key(), Ticker.class).map(Ticker::entries).orElse(List.of());
    }

    private List<ScopeView.DayCounts> categories(Scope scope, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Contribution.CITY_ZONE);
        List<String> keys = new ArrayList<>(CATEGORY_DAYS);
        List<String> days = new ArrayList<>(CATEGORY_DAYS);
        for (int back = CATEGORY_DAYS - 1; back >= 0; back--) {
            String day = today.minusDays(back).toString();
            days.add(day);
            keys.add(CategoryDay.key(scope.key(), day));
        }
        Map<String, Map<String, Long>> found = new HashMap<>();
        for (CategoryDay day : store.findAll(CategoryProjection.DAYS, keys, CategoryDay.class)) {
            found.put(day.day(), day.counts());
        }
        return days.stream().map(day -> new ScopeView.DayCounts(day, found.getOrDefault(day, Map.of()))).toList();
    }

    private List<DepartmentFigures> departments(Scope scope) {
        if (scope.kind() != Scope.Kind.CITY) {
            return List.of();
        }
        List<Department> all = tree.city().departments();
        Map<String, DepartmentTally> tallies = new HashMap<>();
        for (DepartmentTally tally : store.findAll(DepartmentProjection.TALLIES,
                all.stream().map(Department::id).toList(), DepartmentTally.class)) {
            tallies.put(tally.departmentId(), tally);
        }
        return all.stream()
                .map(d -> DepartmentFigures.of(tallies.getOrDefault(d.id(), DepartmentTally.empty(d.id())), d.name().zh()))
                .toList();
    }
}
