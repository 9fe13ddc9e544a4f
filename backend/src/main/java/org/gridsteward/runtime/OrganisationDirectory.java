package org.gridsteward.runtime;

import java.time.Duration;
import java.util.Optional;
import org.gridsteward.org.CityOrganisation;
import org.gridsteward.report.CategoryWindows;
import org.gridsteward.report.CityDirectory;

/** The report rules' view of the city, answered from the organisation tree. */
public final class OrganisationDirectory implements CityDirectory {
    private final CityOrganisation city;

    public OrganisationDirectory(CityOrganisation city) {
        this.city = city;
    }

    @Override
    public boolean isGrid(String gridId) {
        return city.grid(gridId).isPresent();
    }

    @Override
    public boolean isBuildingOf(String gridId, String buildingId) {
        return city.isBuildingOf(gridId, buildingId);
    }

    @Override
    public boolean isDepartment(String departmentId) {
        return city.department(departmentId).isPresent();
    }

    @Override
    public Optional<CategoryWindows> category(String categoryId) {
        return city.category(categoryId).map(c ->
                new CategoryWindows(
                        Duration.ofHours(c.signOffHours()), Duration.ofHours(c.resolutionHours()), c.hoursKind()));
    }
}
