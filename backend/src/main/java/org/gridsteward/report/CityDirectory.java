package org.gridsteward.report;

import java.util.Optional;

/** What a report needs to know about the city: which grids, buildings, departments and categories exist. */
public interface CityDirectory {

    boolean isGrid(String gridId);

    boolean isBuildingOf(String gridId, String buildingId);

    boolean isDepartment(String departmentId);

    Optional<CategoryWindows> category(String categoryId);
}
