package org.gridsteward.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.gridsteward.org.OrgLoader;
import org.junit.jupiter.api.Test;

/** A city of one's own (grid.org.file) with no grid.org.geo-file: the map is simply not there. */
@QuarkusTest
@TestProfile(CityWithoutMapApiTest.OwnCity.class)
class CityWithoutMapApiTest {
    public static class OwnCity implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try (InputStream demo = OrgLoader.class.getClassLoader().getResourceAsStream(OrgLoader.DEMO_RESOURCE)) {
                Path file = Files.createTempFile("own-city", ".json");
                Files.copy(demo, file, StandardCopyOption.REPLACE_EXISTING);
                file.toFile().deleteOnExit();
                return Map.of("grid.org.file", file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void theMapIsNotFoundAsAProblemDocument() {
        given().get("/api/org/geo").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:grid-steward:problem:no-city-map"))
                .body("status", equalTo(404));
        given().get("/api/org").then().statusCode(200);
    }
}
