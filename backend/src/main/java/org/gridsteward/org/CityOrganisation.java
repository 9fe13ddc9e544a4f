package org.gridsteward.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The city's organisation with lookups by id. Always valid: it is made only from a definition that passed
 * {@link OrgValidator}, so every id is unique and every category's default department exists.
 */
public final class CityOrganisation {
    private final OrgDefinition definition;
    private final List<Grid> grids;
    private final Map<String, Street> streets = new HashMap<>();
    private final Map<String, Community> communities = new HashMap<>();
    private final Map<String, Grid> gridsById = new HashMap<>();
    private final Map<String, Department> departments = new HashMap<>();
    private final Map<String, Category> categories = new HashMap<>();
    private final Map<String, Community> communityOfGrid = new HashMap<>();
    private final Map<String, Street> streetOfGrid = new HashMap<>();
    private final Map<String, String> gridOfBuilding = new HashMap<>();

    /** For a definition already checked, as the loader's is; everyone else goes through {@link #of}. */
    CityOrganisation(OrgDefinition definition) {
        this.definition = definition;
        List<Grid> allGrids = new ArrayList<>();
        for (Street street : definition.streets()) {
            streets.put(street.id(), street);
            for (Community community : street.communities()) {
                communities.put(community.id(), community);
                for (Grid grid : community.grids()) {
                    allGrids.add(grid);
                    gridsById.put(grid.id(), grid);
                    communityOfGrid.put(grid.id(), community);
                    streetOfGrid.put(grid.id(), street);
                    grid.buildings().forEach(building -> gridOfBuilding.put(building.id(), grid.id()));
                }
            }
        }
        this.grids = List.copyOf(allGrids);
        definition.departments().forEach(department -> departments.put(department.id(), department));
        definition.categories().forEach(category -> categories.put(category.id(), category));
    }

    /**
     * Checks a definition built in code by the same rules as a loaded file.
     *
     * @throws InvalidOrganisationException listing every problem found
     */
    public static CityOrganisation of(OrgDefinition definition) {
        List<String> problems = OrgValidator.problems(OrgLoader.MAPPER.valueToTree(definition));
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException("definition", problems);
        }
        return new CityOrganisation(definition);
    }

    /** The whole tree, as defined, for serving to clients. */
    public OrgDefinition definition() {
        return definition;
    }

    public City city() {
        return definition.city();
    }

    public List<Street> streets() {
        return definition.streets();
    }

    /** Every grid of the city, street by street and community by community. */
    public List<Grid> grids() {
        return grids;
    }

    public List<Department> departments() {
        return definition.departments();
    }

    public List<Category> categories() {
        return definition.categories();
    }

    public Optional<Street> street(String id) {
        return Optional.ofNullable(streets.get(id));
    }

    public Optional<Community> community(String id) {
        return Optional.ofNullable(communities.get(id));
    }

    public Optional<Grid> grid(String id) {
        return Optional.ofNullable(gridsById.get(id));
    }

    public Optional<Department> department(String id) {
        return Optional.ofNullable(departments.get(id));
    }

    public Optional<Category> category(String id) {
        return Optional.ofNullable(categories.get(id));
    }

    /** The community the grid belongs to; empty when there is no such grid. */
    public Optional<Community> communityOf(String gridId) {
        return Optional.ofNullable(communityOfGrid.get(gridId));
    }

    /** The street the grid belongs to; empty when there is no such grid. */
    public Optional<Street> streetOf(String gridId) {
        return Optional.ofNullable(streetOfGrid.get(gridId));
    }

    /** Whether the building exists and lies in that grid; false for an unknown grid or building. */
    public boolean isBuildingOf(String gridId, String buildingId) {
        return gridId != null && gridId.equals(gridOfBuilding.get(buildingId));
    }
}
