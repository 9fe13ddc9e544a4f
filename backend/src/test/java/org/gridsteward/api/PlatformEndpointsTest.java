package org.gridsteward.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessIncludesTheEventStore() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("event-store"));
    }

    @Test
    void theOpenApiDocumentDescribesTheReportEndpoints() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/reports"))
                .body("paths", hasKey("/api/reports/{id}/dispatch"))
                .body("paths", hasKey("/api/org"));
    }

    @Test
    void theOrganisationIsServed() {
        given().get("/api/org").then().statusCode(200)
                .body("streets", hasSize(2))
                .body("streets[0].communities[0].grids[0].buildings.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("categories.id", hasItem("parking"));
    }
}
