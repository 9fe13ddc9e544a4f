package org.gridsteward.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.gridsteward.api.SignIn;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ViewsApiTest {

    @Inject
    ViewProcessing processing;

    private static int received(String scope) {
        return SignIn.as(SignIn.ADMIN).get("/api/views/" + scope).then().statusCode(200).extract().path("figures.received");
    }

    @Test
    void aSubmittedReportCountsInItsGridAndEveryScopeAboveIt() {
        int grid = received("grid:g-02-03");
        int community = received("community:cm-heping");
        int street = received("street:st-dongcheng");
        int city = received("city");

        ReportTraffic.submit("g-02-03", "garbage");
        Poll.until(Duration.ofSeconds(10), () -> received("grid:g-02-03") == grid + 1, "the grid view counts the report");

        assertThat(received("community:cm-heping")).isEqualTo(community + 1);
        assertThat(received("street:st-dongcheng")).isEqualTo(street + 1);
        assertThat(received("city")).isEqualTo(city + 1);
    }

    @Test
    void aStreetsViewMapsEveryGridOfTheStreetWithTheReportsOfEach() {
        ReportTraffic.submit("g-02-04", "garbage");
        Poll.until(Duration.ofSeconds(10), () -> processing.caughtUp(), "views caught up");

        SignIn.as(SignIn.ADMIN).get("/api/views/street:st-dongcheng").then().statusCode(200)
                .body("grids.gridId", equalTo(ViewFixture.CITY.street("st-dongcheng").orElseThrow().communities().stream()
                        .flatMap(c -> c.grids().stream()).map(g -> g.id()).toList()))
                .body("grids.find { it.gridId == 'g-02-04' }.received", greaterThanOrEqualTo(1))
                .body("grids.find { it.gridId == 'g-02-04' }.level", equalTo("blue"));
        SignIn.as(SignIn.ADMIN).get("/api/views/grid:g-02-04").then().statusCode(200).body("grids", empty());
    }

    @Test
    void theTickerShowsTheReporterMasked() {
        ReportTraffic.submit("g-03-02", "noise");
        Poll.until(Duration.ofSeconds(10), () -> processing.caughtUp(), "views caught up");

        SignIn.as(SignIn.ADMIN).get("/api/views/grid:g-03-02").then().statusCode(200)
                .body("ticker[0].reporterName", equalTo("张*丰"))
                .body("ticker[0].reporterPhone", equalTo("138****8000"));
    }

    @Test
    void anUnknownScopeIsNotFound() {
        SignIn.as(SignIn.ADMIN).get("/api/views/grid:g-99-99").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:grid-steward:problem:unknown-scope"));
    }

    @Test
    void aMalformedScopeIsRefusedNamingTheScope() {
        SignIn.as(SignIn.ADMIN).get("/api/views/district:d-1").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:grid-steward:problem:invalid-scope"))
                .body("errors.field", hasItem("scope"));
    }
}
