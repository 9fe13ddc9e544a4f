package org.gridsteward.runtime;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.gridsteward.views.ReportTraffic;
import org.junit.jupiter.api.Test;

/**
 * The scrape at /q/metrics parses with Prometheus' own promtool, and the application's own metrics draw no
 * lint finding, so a metric that a Prometheus server would reject or mis-handle fails the build. CI installs promtool (Debian's prometheus package); a machine
 * without it skips this test, except under CI, where its absence is a failure.
 */
@QuarkusTest
class MetricsFormatTest {
    private static final Path PROMTOOL = Path.of("/usr/bin/promtool");

    @Test
    void theScrapePassesPromtoolCheckMetrics() throws IOException, InterruptedException {
        boolean ci = "true".equals(System.getenv("CI"));
        assumeTrue(ci || Files.isExecutable(PROMTOOL), "promtool is not installed");
        assertThat(PROMTOOL).as("promtool, which .ci/run installs").isExecutable();
        ReportTraffic.handledToTheEnd("g-02-02", "dept-urban-mgmt");
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(scrape).contains("grid_commands_seconds_count", "grid_events_appended_total");

        Process promtool = new ProcessBuilder(PROMTOOL.toString(), "check", "metrics").redirectErrorStream(true).start();
        promtool.getOutputStream().write(scrape.getBytes(StandardCharsets.UTF_8));
        promtool.getOutputStream().close();
        String verdict = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(promtool.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Files.writeString(Path.of("target", "metrics-scrape.txt"), scrape);
        assertThat(promtool.exitValue()).as("promtool could not parse target/metrics-scrape.txt: " + verdict).isNotEqualTo(1);
        assertThat(verdict.lines().filter(line -> line.startsWith("grid_")).filter(line -> !isCounterFamilyNote(line, scrape)))
                .as("promtool's findings on the application's own metrics").isEmpty();
    }

    /**
     * The registry names a counter family without {@code _total} in TYPE and HELP and its sample with it, as
     * OpenMetrics does; Debian's promtool 2.42 then reports the sample as having no help text. That finding is
     * about the convention, not the metric, and only where the family's HELP line is really there.
     */
    private static boolean isCounterFamilyNote(String finding, String scrape) {
        String suffix = "_total no help text";
        return finding.endsWith(suffix)
                && scrape.contains("# HELP " + finding.substring(0, finding.length() - suffix.length()) + " ");
    }
}
