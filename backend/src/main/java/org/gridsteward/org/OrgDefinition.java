package org.gridsteward.org;

import java.util.List;
import java.util.Objects;

/**
 * The whole city organisation as written in its definition file and as served to clients: the city, its
 * street → community → grid → building tree, the departments and the report categories.
 */
public record OrgDefinition(City city, List<Street> streets, List<Department> departments, List<Category> categories) {
    public OrgDefinition {
        Objects.requireNonNull(city, "city");
        streets = List.copyOf(streets);
        departments = List.copyOf(departments);
        categories = List.copyOf(categories);
    }
}
