package org.gridsteward.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgValidationTest {
    private static final String VALID = """
            {
              "city": {"id": "demo", "name": {"zh": "示范市", "en": "Demo City"}},
              "streets": [
                {"id": "st-east", "name": {"zh": "东城街道", "en": "East"}, "communities": [
                  {"id": "cm-heping", "name": {"zh": "和平社区", "en": "Heping"}, "grids": [
                    {"id": "g-01-01", "name": {"zh": "和平第一网格", "en": "Heping Grid 1"}, "households": 420,
                     "buildings": [{"id": "g-01-01-b1", "name": {"zh": "1号楼", "en": "Building 1"}}]},
                    {"id": "g-01-02", "name": {"zh": "和平第二网格", "en": "Heping Grid 2"}, "households": 360,
                     "buildings": []}
                  ]}
                ]},
                {"id": "st-south", "name": {"zh": "南湖街道", "en": "South"}, "communities": [
                  {"id": "cm-binhe", "name": {"zh": "滨河社区", "en": "Binhe"}, "grids": [
                    {"id": "g-02-01", "name": {"zh": "滨河第一网格", "en": "Binhe Grid 1"}, "households": 390,
                     "buildings": [{"id": "g-02-01-b1", "name": {"zh": "1号楼", "en": "Building 1"}}]}
                  ]}
                ]}
              ],
              "departments": [
                {"id": "dept-fire", "name": {"zh": "消防救援支队", "en": "Fire and Rescue"}}
              ],
              "categories": [
                {"id": "fire-lane", "name": {"zh": "消防通道堵塞", "en": "Blocked fire lane"}, "icon": "fire-lane",
                 "signOffHours": 2, "resolutionHours": 24, "hoursKind": "CALENDAR", "defaultDepartmentId": "dept-fire"}
              ]
            }
            """;

    private static final String EAST_GRID = "streets[0].communities[0].grids[0] (id \"g-01-01\")";
    private static final String CATEGORY = "categories[0] (id \"fire-lane\")";

    @Test
    void validDefinitionLoads() {
        CityOrganisation organisation = load(valid());

        assertThat(organisation.grids()).extracting(Grid::id).containsExactly("g-01-01", "g-01-02", "g-02-01");
        assertThat(organisation.category("fire-lane").orElseThrow().hoursKind()).isEqualTo(HoursKind.CALENDAR);
    }

    @Test
    void missingIdIsRefused() {
        ObjectNode root = valid();
        eastGrid(root).remove("id");

        assertThat(problems(root)).containsExactly("streets[0].communities[0].grids[0]: id is missing");
    }

    @Test
    void blankIdIsRefused() {
        ObjectNode root = valid();
        department(root).put("id", "  ");

        assertThat(problems(root)).contains("departments[0]: id is blank");
    }

    @Test
    void idOutsideTheSlugAlphabetIsRefused() {
        ObjectNode root = valid();
        street(root, 1).put("id", "St_South");

        assertThat(problems(root)).containsExactly("streets[1] (id \"St_South\"): id must match "
                + "[a-z0-9][a-z0-9-]{0,63} (lower-case ASCII letters, digits and hyphens, at most 64 characters)");
    }

    @Test
    void idStartingWithHyphenOrLongerThan64IsRefused() {
        ObjectNode root = valid();
        street(root, 0).put("id", "-east");
        street(root, 1).put("id", "s".repeat(65));

        assertThat(problems(root)).hasSize(2).allSatisfy(problem -> assertThat(problem).contains("id must match"));
        street(root, 1).put("id", "s".repeat(64));
        assertThat(problems(root)).hasSize(1);
    }

    @Test
    void duplicateIdIsNamedWithBothPaths() {
        ObjectNode root = valid();
        grids(root, 1).get(0).put("id", "g-01-01");

        assertThat(problems(root)).containsExactly(
                "streets[1].communities[0].grids[0] (id \"g-01-01\"): id already used by "
                        + "streets[0].communities[0].grids[0]");
    }

    @Test
    void idIsUniqueAcrossEveryKindOfNode() {
        ObjectNode root = valid();
        department(root).put("id", "cm-binhe");
        array(root, "categories").add(category("cm-binhe"));

        assertThat(problems(root)).contains(
                "departments[0] (id \"cm-binhe\"): id already used by streets[1].communities[0]",
                "categories[1] (id \"cm-binhe\"): id already used by streets[1].communities[0]");
    }

    @Test
    void nameNeedsChineseAndEnglish() {
        ObjectNode root = valid();
        ((ObjectNode) eastGrid(root).get("name")).put("zh", " ");
        ((ObjectNode) department(root).get("name")).remove("en");
        street(root, 1).remove("name");
        ((ObjectNode) root.get("city")).put("name", "示范市");

        assertThat(problems(root)).containsExactly(
                "city (id \"demo\"): name must be an object with zh and en",
                EAST_GRID + ": name.zh is blank",
                "streets[1] (id \"st-south\"): name is missing",
                "departments[0] (id \"dept-fire\"): name.en is missing");
    }

    @Test
    void cityWithoutStreetsIsRefused() {
        ObjectNode root = valid();
        root.putArray("streets");

        assertThat(problems(root)).containsExactly("(top level): streets is empty; a city needs at least one street");
    }

    @Test
    void streetWithoutCommunitiesIsRefused() {
        ObjectNode root = valid();
        street(root, 1).putArray("communities");

        assertThat(problems(root)).containsExactly(
                "streets[1] (id \"st-south\"): communities is empty; a street needs at least one community");
    }

    @Test
    void communityWithoutGridsIsRefused() {
        ObjectNode root = valid();
        ((ObjectNode) array(street(root, 1), "communities").get(0)).remove("grids");

        assertThat(problems(root)).containsExactly("streets[1].communities[0] (id \"cm-binhe\"): grids is missing");
    }

    @Test
    void cityWithoutDepartmentsOrCategoriesIsRefused() {
        ObjectNode root = valid();
        root.putArray("departments");
        root.remove("categories");

        assertThat(problems(root)).contains(
                "(top level): departments is empty; a city needs at least one department",
                "(top level): categories is missing");
    }

    @Test
    void householdsMustBePositive() {
        ObjectNode root = valid();
        eastGrid(root).put("households", 0);
        grids(root, 1).get(0).put("households", -12);

        assertThat(problems(root)).containsExactly(
                EAST_GRID + ": households must be greater than 0, not 0",
                "streets[1].communities[0].grids[0] (id \"g-02-01\"): households must be greater than 0, not -12");
    }

    @Test
    void householdsMustBeAWholeNumber() {
        ObjectNode root = valid();
        eastGrid(root).put("households", 420.5);
        grids(root, 1).get(0).put("households", "390");

        assertThat(problems(root)).containsExactly(
                EAST_GRID + ": households must be a whole number, not 420.5",
                "streets[1].communities[0].grids[0] (id \"g-02-01\"): households must be a whole number, not \"390\"");
    }

    @Test
    void signOffHoursMustBePositive() {
        ObjectNode root = valid();
        category(root).put("signOffHours", 0);

        assertThat(problems(root)).containsExactly(CATEGORY + ": signOffHours must be greater than 0, not 0");
    }

    @Test
    void resolutionBeforeSignOffIsRefused() {
        ObjectNode root = valid();
        category(root).put("resolutionHours", 1);

        assertThat(problems(root)).containsExactly(
                CATEGORY + ": resolutionHours (1) must not be less than signOffHours (2)");
        category(root).put("resolutionHours", 2);
        assertThat(load(root).category("fire-lane").orElseThrow().resolutionHours()).isEqualTo(2);
    }

    @Test
    void unknownHoursKindIsRefused() {
        ObjectNode root = valid();
        category(root).put("hoursKind", "calendar");

        assertThat(problems(root)).containsExactly(
                CATEGORY + ": hoursKind must be WORKING or CALENDAR, not \"calendar\"");
    }

    @Test
    void unknownDefaultDepartmentIsRefused() {
        ObjectNode root = valid();
        category(root).put("defaultDepartmentId", "dept-police");

        assertThat(problems(root)).containsExactly(
                CATEGORY + ": defaultDepartmentId \"dept-police\" is not one of the departments");
    }

    @Test
    void defaultDepartmentMustBeADepartmentNotAnyNode() {
        ObjectNode root = valid();
        category(root).put("defaultDepartmentId", "st-east");

        assertThat(problems(root)).containsExactly(
                CATEGORY + ": defaultDepartmentId \"st-east\" is not one of the departments");
    }

    @Test
    void categoryNeedsAnIcon() {
        ObjectNode root = valid();
        category(root).remove("icon");

        assertThat(problems(root)).containsExactly(CATEGORY + ": icon is missing");
    }

    @Test
    void unknownFieldIsRefused() {
        ObjectNode root = valid();
        eastGrid(root).put("housholds", 420);

        assertThat(problems(root)).containsExactly(
                EAST_GRID + ": unknown field \"housholds\" (expected id, name, households, buildings)");
    }

    @Test
    void unknownFieldAnywhereIsRefused() {
        ObjectNode root = valid();
        root.put("version", 2);
        ((ObjectNode) department(root).get("name")).put("fr", "Pompiers");

        assertThat(problems(root)).containsExactly(
                "(top level): unknown field \"version\" (expected city, streets, departments, categories)",
                "departments[0] (id \"dept-fire\"): unknown field \"fr\" in name (expected zh, en)");
    }

    @Test
    void listEntryThatIsNotAnObjectIsRefused() {
        ObjectNode root = valid();
        array(root, "departments").add("dept-police");

        assertThat(problems(root)).containsExactly("departments[1]: must be a JSON object");
    }

    @Test
    void allProblemsAreReportedTogether() {
        ObjectNode root = valid();
        eastGrid(root).put("households", 0).put("floors", 6);
        grids(root, 1).get(0).put("id", "g-01-02");
        category(root).put("hoursKind", "DAYS").put("defaultDepartmentId", "dept-none");

        InvalidOrganisationException thrown = refusal(root);

        assertThat(thrown.problems()).containsExactly(
                EAST_GRID + ": unknown field \"floors\" (expected id, name, households, buildings)",
                EAST_GRID + ": households must be greater than 0, not 0",
                "streets[1].communities[0].grids[0] (id \"g-01-02\"): id already used by "
                        + "streets[0].communities[0].grids[1]",
                CATEGORY + ": hoursKind must be WORKING or CALENDAR, not \"DAYS\"",
                CATEGORY + ": defaultDepartmentId \"dept-none\" is not one of the departments");
        assertThat(thrown.getMessage())
                .startsWith("Invalid city organisation in test.json: 5 problems\n  " + EAST_GRID)
                .hasLineCount(6);
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> load("{\n  \"city\": {\"id\": \"demo\",}\n}"))
                .isInstanceOf(InvalidOrganisationException.class)
                .hasMessageContaining("line 2, column")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void repeatedJsonKeyIsRefused() {
        assertThatThrownBy(() -> load(VALID.replace("\"households\": 420,", "\"households\": 420, \"households\": 42,")))
                .isInstanceOf(InvalidOrganisationException.class)
                .hasMessageContaining("Duplicate field 'households'");
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> load(" "))
                .isInstanceOf(InvalidOrganisationException.class)
                .hasMessage("Invalid city organisation in test.json: 1 problem\n  the file is empty");
    }

    @Test
    void definitionBuiltInCodeIsCheckedByTheSameRules() {
        OrgDefinition valid = load(valid()).definition();
        Department clash = new Department("g-02-01", new LocalizedName("重名", "Clash"));
        OrgDefinition broken = new OrgDefinition(valid.city(), valid.streets(),
                List.of(valid.departments().get(0), clash), valid.categories());

        assertThat(CityOrganisation.of(valid).grids()).hasSize(3);
        assertThatThrownBy(() -> CityOrganisation.of(broken))
                .isInstanceOf(InvalidOrganisationException.class)
                .hasMessageContaining(
                        "departments[1] (id \"g-02-01\"): id already used by streets[1].communities[0].grids[0]");
    }

    // --- helpers

    private static ObjectNode valid() {
        try {
            return (ObjectNode) OrgLoader.MAPPER.readTree(VALID);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode street(ObjectNode root, int index) {
        return (ObjectNode) array(root, "streets").get(index);
    }

    private static List<ObjectNode> grids(ObjectNode root, int streetIndex) {
        ArrayNode grids = array(array(street(root, streetIndex), "communities").get(0), "grids");
        List<ObjectNode> result = new ArrayList<>();
        grids.forEach(grid -> result.add((ObjectNode) grid));
        return result;
    }

    private static ArrayNode array(JsonNode node, String field) {
        return (ArrayNode) node.get(field);
    }

    private static ObjectNode eastGrid(ObjectNode root) {
        return grids(root, 0).get(0);
    }

    private static ObjectNode department(ObjectNode root) {
        return (ObjectNode) array(root, "departments").get(0);
    }

    private static ObjectNode category(ObjectNode root) {
        return (ObjectNode) array(root, "categories").get(0);
    }

    private static ObjectNode category(String id) {
        ObjectNode category = category(valid()).deepCopy();
        return category.put("id", id);
    }

    private static CityOrganisation load(JsonNode root) {
        return load(root.toString());
    }

    private static CityOrganisation load(String json) {
        return OrgLoader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static InvalidOrganisationException refusal(JsonNode root) {
        InvalidOrganisationException thrown =
                catchThrowableOfType(InvalidOrganisationException.class, () -> load(root));
        assertThat(thrown).as("refused").isNotNull();
        return thrown;
    }

    private static List<String> problems(JsonNode root) {
        return refusal(root).problems();
    }
}
