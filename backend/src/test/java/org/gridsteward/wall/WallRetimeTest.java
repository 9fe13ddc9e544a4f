package org.gridsteward.wall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.gridsteward.deadline.MovableClock;
import org.gridsteward.org.OrgLoader;
import org.gridsteward.report.Status;
import org.gridsteward.views.DeadlineEntry;
import org.gridsteward.views.GridProjection;
import org.gridsteward.views.InMemoryViewStore;
import org.gridsteward.views.Position;
import org.gridsteward.views.ScopeTally;
import org.gridsteward.views.ScopeTree;
import org.gridsteward.views.ScopeViews;
import org.junit.jupiter.api.Test;

/** The pass that rereads the sections time alone changes, through the hub as the schedule runs it. */
class WallRetimeTest {
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final String GRID = "g-01-01";

    private final MovableClock clock = new MovableClock(NOW);
    private final InMemoryViewStore store = new InMemoryViewStore();
    private final WallHub hub = new WallHub(
            new ScopeViews(store, new ScopeTree(OrgLoader.loadDemo()), clock), clock, new SimpleMeterRegistry());

    WallRetimeTest() {
        hub.historyLimit = 256;
        hub.queueLimit = 64;
        DeadlineEntry due = new DeadlineEntry("r1", GRID, "parking", Status.ACCEPTED, NOW.plus(Duration.ofMinutes(30)));
        store.save(GridProjection.TALLIES, "grid:" + GRID, new ScopeTally("grid:" + GRID, Position.NONE,
                1, 0, 0, 0, 0, 0, 0, 0, 0, Map.of("ACCEPTED", 1L), Map.of(), Map.of("r1", due)));
    }

    private static JsonNode row(JsonNode grids, String gridId) {
        for (JsonNode row : grids) {
            if (row.path("gridId").asText().equals(gridId)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + gridId + " in " + grids);
    }

    @Test
    void aReportFallingOverdueWithNoEventResendsTheCitysMapOfGrids() {
        WallStreamTest.Display display = new WallStreamTest.Display();
        hub.join("display-1", "city", null, display);
        assertThat(row(display.frames.get(0).at("/view/grids"), GRID).path("overdue").asLong()).isZero();

        clock.advance(Duration.ofHours(1));
        hub.retimeAll();

        JsonNode delta = display.frames.stream()
                .filter(f -> f.path("section").asText().equals("grids")).findFirst().orElseThrow();
        assertThat(delta.path("type").asText()).isEqualTo("delta");
        assertThat(row(delta.path("data"), GRID).path("overdue").asLong()).isEqualTo(1);
        assertThat(row(delta.path("data"), GRID).path("level").asText()).isEqualTo("yellow");
    }

    @Test
    void aRetimeThatChangesNoGridSendsNoMap() {
        WallStreamTest.Display display = new WallStreamTest.Display();
        hub.join("display-1", "community:cm-xingfuli", null, display);

        clock.advance(Duration.ofMinutes(10));
        hub.retimeAll();

        assertThat(display.frames).noneMatch(f -> f.path("section").asText().equals("grids"));
    }
}
