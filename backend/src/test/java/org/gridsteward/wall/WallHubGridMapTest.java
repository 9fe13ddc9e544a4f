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
import org.gridsteward.store.EventJson;
import org.gridsteward.views.DeadlineEntry;
import org.gridsteward.views.GridProjection;
import org.gridsteward.views.InMemoryViewStore;
import org.gridsteward.views.Position;
import org.gridsteward.views.ScopeTally;
import org.gridsteward.views.Scope;
import org.gridsteward.views.ScopeTree;
import org.gridsteward.views.Section;
import org.gridsteward.views.ScopeViews;
import org.gridsteward.views.ViewChange;
import org.junit.jupiter.api.Test;

/** The map of grids through the hub: as view changes bring it, and as the retime pass rereads it. */
class WallHubGridMapTest {
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final String GRID = "g-01-01";

    private final MovableClock clock = new MovableClock(NOW);
    private final InMemoryViewStore store = new InMemoryViewStore();
    private final WallHub hub = new WallHub(
            new ScopeViews(store, new ScopeTree(OrgLoader.loadDemo()), clock), clock, new SimpleMeterRegistry());

    WallHubGridMapTest() {
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

    @Test
    void aMapThatAnEventLeftAsItWasIsNotSentAgain() {
        ScopeViews views = new ScopeViews(store, new ScopeTree(OrgLoader.loadDemo()), clock);
        WallStreamTest.Display display = new WallStreamTest.Display();
        hub.join("display-1", "city", null, display);
        JsonNode unchanged = EventJson.objectMapper().valueToTree(views.section(Scope.CITY, Section.GRIDS));

        hub.onChange(new ViewChange("city", "grids", unchanged));
        assertThat(display.types()).containsExactly("snapshot");

        store.save(GridProjection.TALLIES, "grid:g-01-02", new ScopeTally("grid:g-01-02", Position.NONE,
                1, 0, 0, 0, 0, 0, 0, 0, 0, Map.of("SUBMITTED", 1L), Map.of(), Map.of()));
        hub.onChange(new ViewChange("city", "grids",
                EventJson.objectMapper().valueToTree(views.section(Scope.CITY, Section.GRIDS))));
        assertThat(display.types()).containsExactly("snapshot", "delta");
        assertThat(row(display.frames.get(1).path("data"), "g-01-02").path("received").asLong()).isEqualTo(1);
    }
}
