package org.gridsteward.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 督办 from the API: the demo supervisor's office is street st-dongcheng. */
@QuarkusTest
class EscalationApiTest {

    private static String dispatchedReport(String gridId) {
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"gridId\":\"%s\",\"categoryId\":\"parking\",\"description\":\"消防通道长期被占\"}".formatted(gridId))
                .post("/api/reports").then().statusCode(201).extract().path("reportId");
        SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON).body("{\"categoryId\":\"parking\"}")
                .post("/api/reports/" + id + "/classify").then().statusCode(200);
        SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON).body("{\"departmentId\":\"dept-urban-mgmt\"}")
                .post("/api/reports/" + id + "/dispatch").then().statusCode(200);
        return id;
    }

    private static ValidatableResponse escalateAs(String username, String id) {
        return SignIn.as(username).contentType(ContentType.JSON).body("{}").post("/api/reports/" + id + "/escalate").then();
    }

    @Test
    void aStreetSupervisorPutsAReportUnderStreetSupervision() {
        String id = dispatchedReport("g-01-01");

        escalateAs(SignIn.SUPERVISOR, id).statusCode(200)
                .body("timeline.type", hasItem("ReportEscalated"));

        List<String> levels = SignIn.as(SignIn.SUPERVISOR).get("/api/reports/" + id).then().statusCode(200)
                .extract().path("timeline.findAll { it.type == 'ReportEscalated' }.data.level");
        assertThat(levels).containsExactly("STREET");
    }

    @Test
    void escalatingAgainAtTheSameLevelIs409AndRecordsNothing() {
        String id = dispatchedReport("g-01-01");
        escalateAs(SignIn.SUPERVISOR, id).statusCode(200);

        escalateAs(SignIn.SUPERVISOR, id).statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("illegal-transition"));

        List<String> types = SignIn.as(SignIn.SUPERVISOR).get("/api/reports/" + id).then().extract().path("timeline.type");
        assertThat(types.stream().filter("ReportEscalated"::equals)).hasSize(1);
    }

    @Test
    void theCityCanStillEscalateAboveAStreet() {
        String id = dispatchedReport("g-01-01");
        escalateAs(SignIn.SUPERVISOR, id).statusCode(200);

        escalateAs(SignIn.ADMIN, id).statusCode(200);
    }

    @Test
    void aReportNotYetDispatchedCannotBeEscalated() {
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"gridId\":\"g-01-01\",\"categoryId\":\"parking\",\"description\":\"路灯不亮\"}")
                .post("/api/reports").then().statusCode(201).extract().path("reportId");

        escalateAs(SignIn.SUPERVISOR, id).statusCode(409)
                .body("status", equalTo(409));
    }
}
