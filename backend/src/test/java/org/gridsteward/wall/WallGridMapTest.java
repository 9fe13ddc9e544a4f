package org.gridsteward.wall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.gridsteward.views.ReportTraffic;
import org.junit.jupiter.api.Test;

/** A city wall's map of grids follows reports in its grids, over the real socket. */
@QuarkusTest
class WallGridMapTest {

    @TestHTTPResource("/")
    URI base;

    private static JsonNode row(JsonNode grids, String gridId) {
        for (JsonNode row : grids) {
            if (row.path("gridId").asText().equals(gridId)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + gridId + " in " + grids);
    }

    /** A delta of the map of grids in which this grid's row passes the test. */
    private static Predicate<JsonNode> gridsDelta(String gridId, Predicate<JsonNode> row) {
        return frame -> frame.path("type").asText().equals("delta")
                && frame.path("section").asText().equals("grids")
                && row.test(row(frame.path("data"), gridId));
    }

    @Test
    void aCityWallGetsTheMapOfGridsAgainWhenAReportIsSubmittedInOneOfItsGrids() {
        try (WallClient display = WallClient.connect(base, "scope=city")) {
            JsonNode snapshot = display.next();
            long before = row(snapshot.at("/view/grids"), "g-06-03").path("received").asLong();

            ReportTraffic.submit("g-06-03", "parking");

            List<JsonNode> frames = display.until(gridsDelta("g-06-03", r -> r.path("received").asLong() == before + 1));
            JsonNode grids = frames.get(frames.size() - 1).path("data");
            assertThat(row(grids, "g-06-03").path("open").asLong()).isPositive();
            assertThat(grids.size()).isEqualTo(snapshot.at("/view/grids").size());
        }
    }

    @Test
    void aCityWallSeesAGridTurnOverdueWhenOneOfItsReportsPassesItsDueTime() {
        try (WallClient display = WallClient.connect(base, "scope=city")) {
            display.next();
            String report = ReportTraffic.submit("g-06-04", "parking");
            ReportTraffic.act(report, "classify", "{\"categoryId\":\"fire-lane\"}");
            Instant now = Instant.now();
            ReportTraffic.act(report, "dispatch", """
                    {"departmentId":"dept-urban-mgmt","signOffDueAt":"%s","dueAt":"%s"}"""
                    .formatted(now.plusSeconds(2), now.plusSeconds(3)));

            List<JsonNode> frames = display.until(gridsDelta("g-06-04", r -> r.path("overdue").asLong() == 1));
            JsonNode overdue = row(frames.get(frames.size() - 1).path("data"), "g-06-04");
            assertThat(overdue.path("level").asText()).isEqualTo("yellow");
            assertThat(Instant.parse(frames.get(frames.size() - 1).path("at").asText())).isAfter(now.plusSeconds(3));
        }
    }
}
