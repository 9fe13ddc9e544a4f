package org.gridsteward.org;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Checks a definition as a JSON tree rather than as records, so that an unknown field, a wrong type or a bad
 * enum value is reported together with every other problem instead of stopping at the first one.
 */
final class OrgValidator {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private static final List<String> ROOT_FIELDS = List.of("city", "streets", "departments", "categories");
    private static final List<String> NAMED_FIELDS = List.of("id", "name");
    private static final List<String> NAME_FIELDS = List.of("zh", "en");
    private static final List<String> STREET_FIELDS = List.of("id", "name", "communities");
    private static final List<String> COMMUNITY_FIELDS = List.of("id", "name", "grids");
    private static final List<String> GRID_FIELDS = List.of("id", "name", "households", "buildings");
    private static final List<String> CATEGORY_FIELDS = List.of(
            "id", "name", "icon", "signOffHours", "resolutionHours", "hoursKind", "defaultDepartmentId");
    private static final String HOURS_KINDS =
            String.join(" or ", Arrays.stream(HoursKind.values()).map(Enum::name).toList());

    private final List<String> problems = new ArrayList<>();
    /** First path each id was seen at, across every kind of node, so a clash can name both places. */
    private final Map<String, String> idPaths = new HashMap<>();
    private final Set<String> departmentIds = new HashSet<>();

    private OrgValidator() {}

    static List<String> problems(JsonNode root) {
        OrgValidator validator = new OrgValidator();
        validator.root(root);
        return List.copyOf(validator.problems);
    }

    private void root(JsonNode root) {
        String label = "(top level)";
        if (!root.isObject()) {
            problems.add(label + ": must be a JSON object");
            return;
        }
        fields(root, label, "", ROOT_FIELDS);
        JsonNode city = root.get("city");
        if (city == null || city.isNull()) {
            problems.add(label + ": city is missing");
        } else if (!city.isObject()) {
            problems.add("city: must be a JSON object");
        } else {
            node(city, "city", NAMED_FIELDS);
        }
        list(root, "streets", label, "", "a city needs at least one street", this::street);
        list(root, "departments", label, "", "a city needs at least one department", this::department);
        // after the departments whatever the file's order, so every reference can be resolved
        list(root, "categories", label, "", "a city needs at least one category", this::category);
    }

    private void street(JsonNode street, String path) {
        String label = node(street, path, STREET_FIELDS);
        list(street, "communities", label, path + ".", "a street needs at least one community", this::community);
    }

    private void community(JsonNode community, String path) {
        String label = node(community, path, COMMUNITY_FIELDS);
        list(community, "grids", label, path + ".", "a community needs at least one grid", this::grid);
    }

    private void grid(JsonNode grid, String path) {
        String label = node(grid, path, GRID_FIELDS);
        positiveInt(grid, "households", label);
        // an empty list is allowed: reports from such a grid then name the grid only
        list(grid, "buildings", label, path + ".", null, (building, buildingPath) ->
                node(building, buildingPath, NAMED_FIELDS));
    }

    private void department(JsonNode department, String path) {
        node(department, path, NAMED_FIELDS);
        JsonNode id = department.get("id");
        if (id != null && id.isTextual()) {
            departmentIds.add(id.asText());
        }
    }

    private void category(JsonNode category, String path) {
        String label = node(category, path, CATEGORY_FIELDS);
        text(category, "icon", label);
        Integer signOff = positiveInt(category, "signOffHours", label);
        Integer resolution = positiveInt(category, "resolutionHours", label);
        if (signOff != null && resolution != null && resolution < signOff) {
            problems.add(label + ": resolutionHours (" + resolution + ") must not be less than signOffHours ("
                    + signOff + ")");
        }
        String kind = text(category, "hoursKind", label);
        if (kind != null && Arrays.stream(HoursKind.values()).noneMatch(k -> k.name().equals(kind))) {
            problems.add(label + ": hoursKind must be " + HOURS_KINDS + ", not \"" + kind + "\"");
        }
        String department = text(category, "defaultDepartmentId", label);
        if (department != null && !departmentIds.contains(department)) {
            problems.add(label + ": defaultDepartmentId \"" + department + "\" is not one of the departments");
        }
    }

    /** Checks what every node has, an id and a name, and returns the label its other problems are reported under. */
    private String node(JsonNode node, String path, List<String> allowed) {
        JsonNode id = node.get("id");
        String label = id != null && id.isTextual() && !id.asText().isBlank()
                ? path + " (id \"" + id.asText() + "\")"
                : path;
        fields(node, label, "", allowed);
        String value = text(node, "id", label);
        if (value != null) {
            if (!ID.matcher(value).matches()) {
                problems.add(label + ": id must match " + ID.pattern()
                        + " (lower-case ASCII letters, digits and hyphens, at most 64 characters)");
            }
            String earlier = idPaths.putIfAbsent(value, path);
            if (earlier != null) {
                problems.add(label + ": id already used by " + earlier);
            }
        }
        JsonNode name = node.get("name");
        if (name == null || name.isNull()) {
            problems.add(label + ": name is missing");
        } else if (!name.isObject()) {
            problems.add(label + ": name must be an object with zh and en");
        } else {
            fields(name, label, " in name", NAME_FIELDS);
            text(name, "zh", label, "name.zh");
            text(name, "en", label, "name.en");
        }
        return label;
    }

    private void fields(JsonNode node, String label, String where, List<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!allowed.contains(field)) {
                problems.add(label + ": unknown field \"" + field + "\"" + where + " (expected "
                        + String.join(", ", allowed) + ")");
            }
        }
    }

    private void list(JsonNode parent, String field, String label, String pathPrefix, String needsOne,
                      BiConsumer<JsonNode, String> element) {
        JsonNode list = parent.get(field);
        if (list == null || list.isNull()) {
            problems.add(label + ": " + field + " is missing");
            return;
        }
        if (!list.isArray()) {
            problems.add(label + ": " + field + " must be a list");
            return;
        }
        if (list.isEmpty() && needsOne != null) {
            problems.add(label + ": " + field + " is empty; " + needsOne);
        }
        for (int i = 0; i < list.size(); i++) {
            String path = pathPrefix + field + "[" + i + "]";
            if (list.get(i).isObject()) {
                element.accept(list.get(i), path);
            } else {
                problems.add(path + ": must be a JSON object");
            }
        }
    }

    private String text(JsonNode node, String field, String label) {
        return text(node, field, label, field);
    }

    /** Returns the field's value when it is a non-blank string, else reports why not and returns null. */
    private String text(JsonNode node, String field, String label, String shownAs) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problems.add(label + ": " + shownAs + " is missing");
        } else if (!value.isTextual()) {
            problems.add(label + ": " + shownAs + " must be a string, not " + value);
        } else if (value.asText().isBlank()) {
            problems.add(label + ": " + shownAs + " is blank");
        } else {
            return value.asText();
        }
        return null;
    }

    /** Returns the field's value when it is a whole number above zero, else reports why not and returns null. */
    private Integer positiveInt(JsonNode node, String field, String label) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problems.add(label + ": " + field + " is missing");
        } else if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.add(label + ": " + field + " must be a whole number, not " + value);
        } else if (value.intValue() <= 0) {
            problems.add(label + ": " + field + " must be greater than 0, not " + value.intValue());
        } else {
            return value.intValue();
        }
        return null;
    }
}
