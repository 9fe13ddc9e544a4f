package org.gridsteward.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridsteward.org.CityOrganisation;
import org.gridsteward.org.Grid;

/** Which scopes a grid's reports count in, and which scopes exist, from the city's organisation. */
public final class ScopeTree {
    private static final List<String> CITY_ONLY = List.of(Scope.CITY.key());

    private final CityOrganisation city;
    /** Asked for every event by several views, so worked out once per grid: the organisation does not change. */
    private final Map<String, List<String>> scopesOfGrid = new HashMap<>();
    /** The grids inside each street, community and the city, in the organisation's order. */
    private final Map<String, List<String>> gridsInScope = new HashMap<>();

    public ScopeTree(CityOrganisation city) {
        this.city = city;
        city.grids().forEach(grid -> scopesOfGrid.put(grid.id(), List.copyOf(scopes(grid.id()))));
        gridsInScope.put(Scope.CITY.key(), city.grids().stream().map(Grid::id).toList());
        city.streets().forEach(street -> {
            gridsInScope.put(Scope.street(street.id()).key(), street.communities().stream()
                    .flatMap(community -> community.grids().stream()).map(Grid::id).toList());
            street.communities().forEach(community -> gridsInScope.put(Scope.community(community.id()).key(),
                    community.grids().stream().map(Grid::id).toList()));
        });
    }

    /** The ids of the grids a scope holds; none for a grid, which is one itself, or a scope the city lacks. */
    public List<String> gridsOf(Scope scope) {
        return gridsInScope.getOrDefault(scope.key(), List.of());
    }

    /** Whether a scope's view has a map of the grids inside it: every scope above grid level. */
    static boolean mapsGrids(String scopeKey) {
        return !scopeKey.startsWith(Scope.Kind.GRID.prefix() + ":");
    }

    /** The grid itself, then its community, its street and the city: narrowest first. */
    public List<String> scopesOf(String gridId) {
        return gridId == null ? CITY_ONLY : scopesOfGrid.getOrDefault(gridId, CITY_ONLY);
    }

    private List<String> scopes(String gridId) {
        List<String> scopes = new ArrayList<>(4);
        scopes.add(Scope.grid(gridId).key());
        city.communityOf(gridId).ifPresent(c -> scopes.add(Scope.community(c.id()).key()));
        city.streetOf(gridId).ifPresent(s -> scopes.add(Scope.street(s.id()).key()));
        scopes.add(Scope.CITY.key());
        return scopes;
    }

    /** Every scope's key: the city, its streets, communities and grids. */
    public List<String> allScopes() {
        List<String> scopes = new ArrayList<>();
        scopes.add(Scope.CITY.key());
        city.streets().forEach(street -> {
            scopes.add(Scope.street(street.id()).key());
            street.communities().forEach(community -> {
                scopes.add(Scope.community(community.id()).key());
                community.grids().forEach(grid -> scopes.add(Scope.grid(grid.id()).key()));
            });
        });
        return scopes;
    }

    public boolean exists(Scope scope) {
        return switch (scope.kind()) {
            case CITY -> true;
            case STREET -> city.street(scope.id()).isPresent();
            case COMMUNITY -> city.community(scope.id()).isPresent();
            case GRID -> city.grid(scope.id()).isPresent();
        };
    }

    public CityOrganisation city() {
        return city;
    }
}
