package org.gridsteward.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeApiTest {

    @Test
    void aDispatcherLearnsTheirRoleAndTheStreetTheyLookAfter() {
        SignIn.as(SignIn.DISPATCHER).get("/api/me").then().statusCode(200)
                .body("username", equalTo(SignIn.DISPATCHER))
                .body("role", equalTo("DISPATCHER"))
                .body("scope.level", equalTo("STREET"))
                .body("scope.ids", contains("st-dongcheng"))
                .body("departmentId", nullValue());
    }

    @Test
    void aHandlerLearnsTheirDepartmentAndHasNoArea() {
        SignIn.as(SignIn.HANDLER).get("/api/me").then().statusCode(200)
                .body("role", equalTo("DEPARTMENT_HANDLER"))
                .body("departmentId", equalTo("dept-urban-mgmt"))
                .body("scope", nullValue());
    }

    @Test
    void aGridWorkerLearnsTheirGrids() {
        SignIn.as(SignIn.GRID_WORKER).get("/api/me").then().statusCode(200)
                .body("scope.level", equalTo("GRID"))
                .body("scope.ids", contains("g-01-01", "g-01-02"));
    }

    @Test
    void anAdministratorLooksAfterTheCity() {
        SignIn.as(SignIn.ADMIN).get("/api/me").then().statusCode(200)
                .body("role", equalTo("ADMIN"))
                .body("scope.level", equalTo("CITY"))
                .body("scope.ids", empty());
    }

    @Test
    void aResidentsReceiptIsNotAnAccount() {
        String receipt = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"gridId\":\"g-01-01\",\"categoryId\":\"parking\",\"description\":\"楼道堆物\"}")
                .post("/api/reports").then().statusCode(201).extract().path("receipt");
        SignIn.bearer(receipt).get("/api/me").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void withoutATokenItIs401() {
        given().get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }
}
