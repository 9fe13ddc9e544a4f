package org.gridsteward.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The demo city's committed map: what the drawer draws, and a tiling of the district grid by grid. */
class DemoCityMapTest {
    private static final Path COMMITTED = Path.of("src/main/resources/" + CityMap.DEMO_RESOURCE);

    private final CityOrganisation city = OrgLoader.loadDemo();
    private final JsonNode map = committed();

    @Test
    void theCommittedMapIsWhatTheDrawerDraws() throws IOException {
        ObjectNode drawn = DemoCityMapDrawer.draw(city);
        if (Boolean.getBoolean("grid.demo.map.redraw")) {
            Files.writeString(COMMITTED, DemoCityMapDrawer.write(drawn));
        }
        assertThat(new ObjectMapper().readTree(DemoCityMapDrawer.write(drawn)))
                .as("redraw with -Dgrid.demo.map.redraw=true after changing the drawer or the demo city")
                .isEqualTo(map);
    }

    @Test
    void everyGridIsOneFeatureNamedForItsCommunityAndStreet() {
        List<String> gridIds = new ArrayList<>();
        for (JsonNode feature : map.get("features")) {
            JsonNode properties = feature.get("properties");
            String gridId = properties.get("gridId").asText();
            gridIds.add(gridId);
            assertThat(properties.get("communityId").asText()).isEqualTo(city.communityOf(gridId).orElseThrow().id());
            assertThat(properties.get("streetId").asText()).isEqualTo(city.streetOf(gridId).orElseThrow().id());
            assertThat(properties.get("name").get("zh").asText()).isEqualTo(city.grid(gridId).orElseThrow().name().zh());
            assertThat(feature.get("geometry").get("type").asText()).isEqualTo("Polygon");
        }
        assertThat(gridIds).containsExactlyInAnyOrderElementsOf(city.grids().stream().map(Grid::id).toList());
    }

    @Test
    void theGridsTileTheDistrictWithoutGapsOrOverlaps() {
        List<List<double[]>> rings = features(f -> true).values().stream().toList();
        // Each shared edge is walked once each way; what is left is one outline enclosing the sum of the grids.
        List<List<double[]>> outline = outlines(rings);
        assertThat(outline).hasSize(1);
        assertThat(area(outline.get(0))).isCloseTo(rings.stream().mapToDouble(DemoCityMapTest::area).sum(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rings).allSatisfy(ring -> assertThat(area(ring)).as("counter-clockwise, not empty").isPositive());
        double[] box = box(outline.get(0));
        assertThat(box[0]).isBetween(116.3, 116.5);
        assertThat(box[2]).isBetween(116.3, 116.5);
        assertThat(box[1]).isBetween(39.85, 39.95);
        assertThat(box[3]).isBetween(39.85, 39.95);
    }

    @Test
    void eachCommunityAndEachStreetIsOnePieceAndTheStreetsLieSideBySide() {
        for (Street street : city.streets()) {
            assertThat(outlines(List.copyOf(features(f -> f.path("properties").path("streetId").asText().equals(street.id())).values())))
                    .as(street.id()).hasSize(1);
            for (Community community : street.communities()) {
                assertThat(outlines(List.copyOf(features(f -> f.path("properties").path("communityId").asText().equals(community.id())).values())))
                        .as(community.id()).hasSize(1);
            }
        }
        double[] west = box(outlines(List.copyOf(features(f -> f.path("properties").path("streetId").asText().equals("st-dongcheng")).values())).get(0));
        double[] east = box(outlines(List.copyOf(features(f -> f.path("properties").path("streetId").asText().equals("st-nanhu")).values())).get(0));
        assertThat(west[0]).isLessThan(east[0]);
        assertThat(west[2]).isLessThan(east[2]);
    }

    @Test
    void theCommittedMapPassesTheCheckTheApplicationMakesAtStart() {
        CityMap loaded = CityMap.loadResource(CityMap.DEMO_RESOURCE, city);
        assertThat(loaded.features()).isEqualTo(city.grids().size());
    }

    // ---------------------------------------------------------------- geometry for the checks

    private static JsonNode committed() {
        try (InputStream in = DemoCityMapTest.class.getClassLoader().getResourceAsStream(CityMap.DEMO_RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Map<String, List<double[]>> features(java.util.function.Predicate<JsonNode> which) {
        Map<String, List<double[]>> rings = new LinkedHashMap<>();
        for (JsonNode feature : map.get("features")) {
            if (!which.test(feature)) {
                continue;
            }
            JsonNode rings0 = feature.get("geometry").get("coordinates");
            assertThat(rings0).as("one ring, no holes").hasSize(1);
            List<double[]> ring = new ArrayList<>();
            rings0.get(0).forEach(p -> ring.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
            rings.put(feature.get("properties").get("gridId").asText(), ring);
        }
        return rings;
    }

    /** The rings left when every edge walked both ways is taken out; fails on an edge walked twice the same way. */
    private static List<List<double[]>> outlines(List<List<double[]>> rings) {
        Map<String, double[]> points = new HashMap<>();
        Function<double[], String> key = p -> p[0] + "," + p[1];
        Map<String, String> next = new HashMap<>();
        Set<String> directed = new HashSet<>();
        for (List<double[]> ring : rings) {
            for (int i = 0; i + 1 < ring.size(); i++) {
                String from = key.apply(ring.get(i));
                String to = key.apply(ring.get(i + 1));
                points.put(from, ring.get(i));
                assertThat(directed.add(from + ">" + to)).as("edge %s>%s walked twice the same way: an overlap", from, to).isTrue();
            }
        }
        for (String edge : directed) {
            String[] ends = edge.split(">");
            if (!directed.contains(ends[1] + ">" + ends[0])) {
                assertThat(next.put(ends[0], ends[1])).as("outline touches itself at %s", ends[0]).isNull();
            }
        }
        List<List<double[]>> outlines = new ArrayList<>();
        Set<String> left = new HashSet<>(next.keySet());
        while (!left.isEmpty()) {
            String start = left.iterator().next();
            List<double[]> outline = new ArrayList<>();
            String at = start;
            do {
                left.remove(at);
                outline.add(points.get(at));
                at = next.get(at);
                assertThat(at).as("outline is closed").isNotNull();
            } while (!at.equals(start));
            outline.add(points.get(start));
            outlines.add(outline);
        }
        return outlines;
    }

    /** Shoelace area, positive for a counter-clockwise ring. */
    private static double area(List<double[]> ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            sum += ring.get(i)[0] * ring.get(i + 1)[1] - ring.get(i + 1)[0] * ring.get(i)[1];
        }
        return sum / 2;
    }

    /** West, south, east, north. */
    private static double[] box(List<double[]> ring) {
        return new double[] {
            ring.stream().mapToDouble(p -> p[0]).min().orElseThrow(),
            ring.stream().mapToDouble(p -> p[1]).min().orElseThrow(),
            ring.stream().mapToDouble(p -> p[0]).max().orElseThrow(),
            ring.stream().mapToDouble(p -> p[1]).max().orElseThrow()};
    }
}
