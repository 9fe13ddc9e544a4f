package org.gridsteward.report;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A small street: two grids, one building, two departments, two categories. */
final class TestCity implements CityDirectory {
    static final String GRID = "grid-xinhua-03";
    static final String OTHER_GRID = "grid-xinhua-04";
    static final String BUILDING = "bldg-xinhua-03-12";
    static final String BUILDING_OF_OTHER_GRID = "bldg-xinhua-04-01";
    static final String HOUSING = "dept-housing";
    static final String CITY_MANAGEMENT = "dept-city-management";
    static final String PARKING = "cat-parking";
    static final String GARBAGE = "cat-garbage";
    static final CategoryWindows PARKING_WINDOWS = new CategoryWindows(Duration.ofHours(2), Duration.ofHours(72));
    static final CategoryWindows GARBAGE_WINDOWS = new CategoryWindows(Duration.ofHours(1), Duration.ofHours(24));

    private static final Map<String, Set<String>> BUILDINGS_BY_GRID = Map.of(
            GRID, Set.of(BUILDING),
            OTHER_GRID, Set.of(BUILDING_OF_OTHER_GRID));
    private static final Set<String> DEPARTMENTS = Set.of(HOUSING, CITY_MANAGEMENT);
    private static final Map<String, CategoryWindows> CATEGORIES = Map.of(
            PARKING, PARKING_WINDOWS,
            GARBAGE, GARBAGE_WINDOWS);

    @Override
    public boolean isGrid(String gridId) {
        return BUILDINGS_BY_GRID.containsKey(gridId);
    }

    @Override
    public boolean isBuildingOf(String gridId, String buildingId) {
        return BUILDINGS_BY_GRID.getOrDefault(gridId, Set.of()).contains(buildingId);
    }

    @Override
    public boolean isDepartment(String departmentId) {
        return DEPARTMENTS.contains(departmentId);
    }

    @Override
    public Optional<CategoryWindows> category(String categoryId) {
        return Optional.ofNullable(CATEGORIES.get(categoryId));
    }
}
