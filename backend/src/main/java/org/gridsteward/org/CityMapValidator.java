package org.gridsteward.org;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a city map against its city: a FeatureCollection whose every feature is one grid's Polygon or
 * MultiPolygon, every grid drawn exactly once, and the community and street a feature names, when it names
 * them, those the grid belongs to. Reports every problem at once, each under the feature's index and grid.
 */
final class CityMapValidator {
    private final CityOrganisation city;
    private final List<String> problems = new ArrayList<>();
    /** The first feature each grid was drawn by, so a second one can name it. */
    private final Map<String, Integer> drawn = new HashMap<>();

    private CityMapValidator(CityOrganisation city) {
        this.city = city;
    }

    static List<String> problems(JsonNode root, CityOrganisation city) {
        CityMapValidator validator = new CityMapValidator(city);
        validator.collection(root);
        return List.copyOf(validator.problems);
    }

    private void collection(JsonNode root) {
        if (!root.isObject() || !"FeatureCollection".equals(root.path("type").asText(null))) {
            problems.add("(top level): must be a GeoJSON object with \"type\": \"FeatureCollection\"");
            return;
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            problems.add("(top level): features must be a list");
            return;
        }
        for (int i = 0; i < features.size(); i++) {
            feature(features.get(i), "features[" + i + "]", i);
        }
        List<String> missing = city.grids().stream().map(Grid::id).filter(id -> !drawn.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            problems.add("(top level): no feature for grid" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
        }
    }

    private void feature(JsonNode feature, String path, int index) {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asText(null))) {
            problems.add(path + ": must be an object with \"type\": \"Feature\"");
            return;
        }
        JsonNode gridId = feature.path("properties").path("gridId");
        if (!gridId.isTextual() || gridId.asText().isBlank()) {
            problems.add(path + ": properties.gridId is missing; every feature is one grid of the city");
        } else {
            String id = gridId.asText();
            path = path + " (gridId \"" + id + "\")";
            if (city.grid(id).isEmpty()) {
                problems.add(path + ": not a grid of the city");
            } else {
                Integer earlier = drawn.putIfAbsent(id, index);
                if (earlier != null) {
                    problems.add(path + ": grid already drawn by features[" + earlier + "]");
                }
                belongs(feature, path, "communityId", city.communityOf(id).map(Community::id).orElseThrow());
                belongs(feature, path, "streetId", city.streetOf(id).map(Street::id).orElseThrow());
            }
        }
        geometry(feature.get("geometry"), path);
    }

    private void belongs(JsonNode feature, String path, String field, String expected) {
        JsonNode value = feature.path("properties").get(field);
        if (value != null && !value.isNull() && !expected.equals(value.asText())) {
            problems.add(path + ": properties." + field + " is " + value + " but the grid belongs to \"" + expected + "\"");
        }
    }

    private void geometry(JsonNode geometry, String path) {
        if (geometry == null || !geometry.isObject()) {
            problems.add(path + ": geometry must be a Polygon or MultiPolygon object");
            return;
        }
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.get("coordinates");
        switch (type) {
            case "Polygon" -> polygon(coordinates, path + ": geometry.coordinates");
            case "MultiPolygon" -> {
                if (!nonEmptyArray(coordinates, path + ": geometry.coordinates")) {
                    return;
                }
                for (int p = 0; p < coordinates.size(); p++) {
                    polygon(coordinates.get(p), path + ": geometry.coordinates[" + p + "]");
                }
            }
            default -> problems.add(path + ": geometry.type must be Polygon or MultiPolygon, not \"" + type + "\"");
        }
    }

    private void polygon(JsonNode rings, String where) {
        if (!nonEmptyArray(rings, where)) {
            return;
        }
        for (int r = 0; r < rings.size(); r++) {
            ring(rings.get(r), where + "[" + r + "]");
        }
    }

    private void ring(JsonNode ring, String where) {
        if (!nonEmptyArray(ring, where)) {
            return;
        }
        if (ring.size() < 4) {
            problems.add(where + ": a ring needs at least 4 positions, the last repeating the first");
            return;
        }
        for (int p = 0; p < ring.size(); p++) {
            JsonNode position = ring.get(p);
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                problems.add(where + "[" + p + "]: a position is [longitude, latitude] in degrees");
                return;
            }
            double lon = position.get(0).asDouble();
            double lat = position.get(1).asDouble();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                problems.add(where + "[" + p + "]: [" + lon + ", " + lat + "] is not a longitude and latitude");
                return;
            }
        }
        if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
            problems.add(where + ": a ring must end where it starts");
        }
    }

    private boolean nonEmptyArray(JsonNode node, String where) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.add(where + ": must be a non-empty list");
            return false;
        }
        return true;
    }
}
