package org.gridsteward.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A city map is refused, at start, unless it draws every grid of its city once and nothing else. */
class CityMapValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CityOrganisation city = OrgLoader.loadDemo();

    @TempDir
    Path dir;

    @Test
    void aFeatureForAGridTheCityDoesNotHaveIsNamed() {
        assertThatThrownBy(() -> load(map -> properties(map, 3).put("gridId", "g-99-01")))
                .isInstanceOf(InvalidOrganisationException.class)
                .hasMessageContaining("features[3] (gridId \"g-99-01\"): not a grid of the city")
                .hasMessageContaining("no feature for grid g-01-04");
    }

    @Test
    void aGridWithoutAFeatureIsNamed() {
        assertThatThrownBy(() -> load(map -> features(map).remove(0)))
                .isInstanceOf(InvalidOrganisationException.class)
                .hasMessageContaining("no feature for grid g-01-01");
    }

    @Test
    void aGridDrawnTwiceNamesBothFeatures() {
        assertThatThrownBy(() -> load(map -> features(map).add(features(map).get(0).deepCopy())))
                .hasMessageContaining("(gridId \"g-01-01\"): grid already drawn by features[0]");
    }

    @Test
    void aFeatureFiledUnderAnotherCommunityIsNamed() {
        assertThatThrownBy(() -> load(map -> properties(map, 0).put("communityId", "cm-heping")))
                .hasMessageContaining("properties.communityId is \"cm-heping\" but the grid belongs to \"cm-xingfuli\"");
    }

    @Test
    void geometryThatIsNotAClosedPolygonIsNamed() {
        assertThatThrownBy(() -> load(map -> {
            ((ObjectNode) features(map).get(0).get("geometry")).put("type", "Point");
            ArrayNode ring = (ArrayNode) features(map).get(1).at("/geometry/coordinates/0");
            ring.remove(ring.size() - 1);
            ((ArrayNode) features(map).get(2).at("/geometry/coordinates/0/0")).set(1, 91.5);
        }))
                .hasMessageContaining("features[0] (gridId \"g-01-01\"): geometry.type must be Polygon or MultiPolygon, not \"Point\"")
                .hasMessageContaining("features[1] (gridId \"g-01-02\"): geometry.coordinates[0]: a ring must end where it starts")
                .hasMessageContaining("is not a longitude and latitude");
    }

    @Test
    void somethingOtherThanAFeatureCollectionIsRefused() {
        assertThatThrownBy(() -> CityMap.load(stream("{\"type\":\"Feature\"}"), "map.json", city))
                .hasMessageContaining("Invalid city organisation in map.json")
                .hasMessageContaining("must be a GeoJSON object with \"type\": \"FeatureCollection\"");
        assertThatThrownBy(() -> CityMap.load(stream("{\"type\":"), "map.json", city))
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void aBadMapFileStopsTheStartWithItsProblems() throws IOException {
        Path file = dir.resolve("map.geo.json");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[]}");
        CityMapProducer producer = new CityMapProducer();
        producer.orgFile = Optional.empty();
        producer.geoFile = Optional.of(file.toString());

        assertThatThrownBy(() -> producer.cityMap(city))
                .isInstanceOf(InvalidOrganisationException.class)
                .hasMessageStartingWith("Invalid city organisation in " + file + ": 1 problem")
                .hasMessageContaining("no feature for grids g-01-01, g-01-02");
    }

    @Test
    void aCityOfItsOwnWithoutAMapHasNoneAndTheDemoCityHasItsOwn() {
        CityMapProducer producer = new CityMapProducer();
        producer.orgFile = Optional.of("city.json");
        producer.geoFile = Optional.empty();
        assertThat(producer.cityMap(city).isPresent()).isFalse();

        producer.orgFile = Optional.empty();
        assertThat(producer.cityMap(city).features()).isEqualTo(city.grids().size());
    }

    @Test
    void theServedMapHasAStableTagThatFollowsItsContent() throws IOException {
        CityMap demo = CityMap.loadResource(CityMap.DEMO_RESOURCE, city);
        CityMap again = CityMap.loadResource(CityMap.DEMO_RESOURCE, city);
        ObjectNode tree = demoMap();
        ((ObjectNode) properties(tree, 0).get("name")).put("en", "Renamed");
        CityMap changed = CityMap.load(stream(JSON.writeValueAsString(tree)), "changed", city);

        assertThat(again.etag()).isEqualTo(demo.etag()).matches("[0-9a-f]{32}");
        assertThat(changed.etag()).isNotEqualTo(demo.etag());
        assertThat(JSON.readTree(demo.json()).get("features")).hasSize(city.grids().size());
    }

    // ----------------------------------------------------------------

    private CityMap load(Consumer<ObjectNode> change) throws IOException {
        ObjectNode map = demoMap();
        change.accept(map);
        return CityMap.load(stream(JSON.writeValueAsString(map)), "map.json", city);
    }

    private static ObjectNode properties(ObjectNode map, int feature) {
        return (ObjectNode) features(map).get(feature).get("properties");
    }

    private static ArrayNode features(ObjectNode map) {
        return (ArrayNode) map.get("features");
    }

    private static ObjectNode demoMap() throws IOException {
        try (InputStream in = CityMapValidationTest.class.getClassLoader().getResourceAsStream(CityMap.DEMO_RESOURCE)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
