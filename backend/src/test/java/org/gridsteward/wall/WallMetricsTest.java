package org.gridsteward.wall;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import org.gridsteward.views.Poll;
import org.gridsteward.views.ReportTraffic;
import org.gridsteward.api.SignIn;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WallMetricsTest {

    @TestHTTPResource("/")
    URI base;

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void commandsAreCountedByTypeAndOutcomeWithTheirLatency() {
        String report = ReportTraffic.submit("g-02-01", "parking");
        SignIn.as(SignIn.ADMIN).contentType("application/json").body("{\"departmentId\":\"dept-housing\"}")
                .post("/api/reports/" + report + "/accept").then().statusCode(409);

        String scraped = metrics();
        assertThat(scraped).contains("grid_commands_seconds_count{command=\"SubmitReport\",outcome=\"ok\"}");
        assertThat(scraped).contains("grid_commands_seconds_count{command=\"AcceptDispatch\",outcome=\"refused\"}");
        assertThat(scraped).containsPattern("(?m)^grid_events_appended_total [1-9]");
    }

    @Test
    void eachViewProcessorReportsHowFarBehindItIs() {
        String scraped = metrics();
        for (String processor : new String[] {"grid-views", "department-views", "ticker", "category-days"}) {
            assertThat(scraped).contains("grid_projection_lag_events{processor=\"" + processor + "\"}");
            assertThat(scraped).contains("grid_projection_lag_seconds{processor=\"" + processor + "\"}");
        }
    }

    @Test
    void openConnectionsAreCountedPerScopeAndFramesSentByType() {
        try (WallClient display = WallClient.connect(base, "scope=grid:g-02-02")) {
            display.next();
            Poll.until(Duration.ofSeconds(10),
                    () -> metrics().contains("grid_wall_connections{scope=\"grid:g-02-02\"} 1.0"),
                    "the connection is counted");
            assertThat(metrics()).contains("grid_wall_frames_sent_total{type=\"snapshot\"}")
                    .contains("grid_wall_resyncs_total");
        }
    }
}
