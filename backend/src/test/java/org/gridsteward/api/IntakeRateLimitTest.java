package org.gridsteward.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IntakeRateLimitTest.TightBudget.class)
class IntakeRateLimitTest {
    public static class TightBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("grid.intake.rate-limit.requests", "3", "grid.intake.rate-limit.period", "PT1H");
        }
    }

    @Test
    void aClientOverItsBudgetGets429WithRetryAfterAndTheSignInBudgetIsSeparate() {
        for (int i = 0; i < 3; i++) {
            submit().statusCode(201);
        }
        submit().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:grid-steward:problem:rate-limited"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("username", SignIn.DISPATCHER).formParam("password", SignIn.DEMO_PASSWORD)
                .post("/api/auth/token").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse submit() {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"gridId\":\"g-01-01\",\"categoryId\":\"parking\",\"description\":\"楼道堆物\"}")
                .post("/api/reports").then();
    }
}
