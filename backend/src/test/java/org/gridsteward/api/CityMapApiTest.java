package org.gridsteward.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo city's map as a wall fetches it: without signing in, as GeoJSON, one feature per grid. */
@QuarkusTest
class CityMapApiTest {

    @Test
    void theMapIsPublicGeoJsonWithEveryGridOfTheCityExactlyOnce() {
        JsonPath map = given().get("/api/org/geo").then().statusCode(200)
                .contentType(startsWith("application/geo+json"))
                .body("type", equalTo("FeatureCollection"))
                .extract().jsonPath();
        List<String> grids = given().get("/api/org").then().statusCode(200).extract()
                .path("streets.communities.grids.id.flatten()");

        List<String> drawn = map.getList("features.properties.gridId");
        assertThat(drawn).hasSize(grids.size()).containsExactlyInAnyOrderElementsOf(grids);
        assertThat(map.getList("features.geometry.type", String.class)).containsOnly("Polygon");
        assertThat(map.getString("features[0].properties.name.zh")).isEqualTo("幸福里第一网格");
    }

    @Test
    void aWallThatHasTheMapAlreadyIsToldItIsUnchanged() {
        String tag = given().get("/api/org/geo").then().statusCode(200)
                .header("Cache-Control", "no-cache").extract().header("ETag");

        assertThat(tag).matches("\"[0-9a-f]{32}\"");
        given().header("If-None-Match", tag).get("/api/org/geo").then().statusCode(304).header("ETag", tag);
        given().header("If-None-Match", "\"something-else\"").get("/api/org/geo").then().statusCode(200);
    }
}
