package org.gridsteward.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoCityTest {
    private final CityOrganisation demo = OrgLoader.loadDemo();

    @Test
    void demoCityHasTheExpectedShape() {
        List<Community> communities = demo.streets().stream().flatMap(s -> s.communities().stream()).toList();

        assertThat(demo.streets()).hasSize(2);
        assertThat(demo.streets()).allSatisfy(street -> assertThat(street.communities()).hasSize(4));
        assertThat(communities).hasSize(8);
        assertThat(communities).allSatisfy(c -> assertThat(c.grids()).hasSizeBetween(5, 8));
        assertThat(demo.grids()).hasSizeBetween(40, 60);
        assertThat(demo.grids()).allSatisfy(grid -> {
            assertThat(grid.households()).isBetween(300, 500);
            assertThat(grid.buildings()).hasSizeBetween(3, 8);
        });
        assertThat(demo.departments()).hasSizeBetween(15, 25);
        assertThat(demo.categories()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void demoCityHasTheCategoriesResidentsReportMost() {
        assertThat(demo.categories()).extracting(Category::id).contains(
                "parking", "fees", "ev-charging", "garbage", "fire-lane", "stairwell-clutter",
                "illegal-construction", "street-light", "property-service", "noise", "greenery", "water-heating");
        assertThat(demo.category("parking")).get()
                .extracting(c -> c.name().zh(), c -> c.name().en())
                .containsExactly("停车难", "Parking");
    }

    @Test
    void everyCategoryGoesToAnExistingDepartment() {
        assertThat(demo.categories()).allSatisfy(category ->
                assertThat(demo.department(category.defaultDepartmentId())).isPresent());
    }

    @Test
    void gridLeadsToItsCommunityAndStreet() {
        Grid grid = demo.grid("g-05-02").orElseThrow();

        assertThat(grid.name().zh()).isEqualTo("滨河第二网格");
        assertThat(demo.communityOf("g-05-02")).map(Community::id).contains("cm-binhe");
        assertThat(demo.streetOf("g-05-02")).map(Street::id).contains("st-nanhu");
        assertThat(demo.community("cm-binhe").orElseThrow().grids()).contains(grid);
        assertThat(demo.street("st-nanhu")).map(s -> s.name().zh()).contains("南湖街道");
    }

    @Test
    void unknownIdsFindNothing() {
        assertThat(demo.grid("g-99-01")).isEmpty();
        assertThat(demo.grid(null)).isEmpty();
        assertThat(demo.communityOf("g-99-01")).isEmpty();
        assertThat(demo.streetOf("g-99-01")).isEmpty();
        assertThat(demo.department("dept-nope")).isEmpty();
        assertThat(demo.category("parking-lot")).isEmpty();
        // ids are unique across kinds, so a lookup of the wrong kind finds nothing rather than a namesake
        assertThat(demo.grid("cm-binhe")).isEmpty();
    }

    @Test
    void buildingBelongsOnlyToItsOwnGrid() {
        Grid grid = demo.grid("g-01-03").orElseThrow();
        String building = grid.buildings().get(0).id();

        assertThat(demo.isBuildingOf("g-01-03", building)).isTrue();
        assertThat(demo.isBuildingOf("g-01-04", building)).isFalse();
        assertThat(demo.isBuildingOf("g-01-03", "g-01-03-b999")).isFalse();
        assertThat(demo.isBuildingOf("g-99-01", building)).isFalse();
        assertThat(demo.isBuildingOf(null, null)).isFalse();
    }

    @Test
    void gridsAreListedInTreeOrderWithoutRepeats() {
        Set<String> ids = new HashSet<>();
        demo.grids().forEach(grid -> assertThat(ids.add(grid.id())).isTrue());
        assertThat(demo.grids().get(0).id()).isEqualTo("g-01-01");
    }
}
