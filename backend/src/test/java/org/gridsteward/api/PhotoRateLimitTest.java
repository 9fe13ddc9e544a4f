package org.gridsteward.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.gridsteward.photos.Images;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(PhotoRateLimitTest.TightBudget.class)
class PhotoRateLimitTest {
    public static class TightBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("grid.intake.rate-limit.requests", "3", "grid.intake.rate-limit.period", "PT1H");
        }
    }

    @Test
    void aClientOverItsUploadBudgetGets429BeforeItsPhotoIsRead() {
        for (int i = 0; i < 3; i++) {
            PhotoApiTest.upload("image/png", Images.png()).statusCode(201);
        }
        given().contentType("image/png").body(Images.png()).post("/api/photos").then()
                .statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:grid-steward:problem:rate-limited"));
    }
}
