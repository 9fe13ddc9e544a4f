package org.gridsteward.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gridsteward.org.CityOrganisation;
import org.gridsteward.report.Status;
import org.gridsteward.views.ListEntry;

/**
 * What an operator asks for: filters that each narrow the list (all given must hold), a page size and where the
 * page starts. Empty filters are absent. {@code q} is lower-cased.
 */
public record ReportQuery(
        Set<Status> statuses,
        String gridId,
        String communityId,
        String streetId,
        String categoryId,
        String departmentId,
        boolean overdue,
        String q,
        int limit,
        ListEntry after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    static final int MAX_TEXT = 100;
    private static final Set<Status> FINISHED = EnumSet.of(Status.REJECTED, Status.CLOSED);
    private static final Set<String> PARAMETERS = Set.of("status", "gridId", "communityId", "streetId", "categoryId",
            "departmentId", "overdue", "q", "limit", "after");

    public ReportQuery {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
    }

    /** Every report the caller may read, newest first, in pages of the default size. */
    public static ReportQuery everything() {
        return new ReportQuery(Set.of(), null, null, null, null, null, false, null, DEFAULT_LIMIT, null);
    }

    /**
     * Reads query parameters as they arrived (each name with every value it was given).
     *
     * @throws InvalidSearchException naming the first parameter that is unknown, repeated where it may not be,
     *                                malformed, or names no place, category or department of the city
     */
    public static ReportQuery parse(Map<String, List<String>> parameters, CityOrganisation city) {
        for (String name : parameters.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new InvalidSearchException(name, "unknown parameter; expected one of " + PARAMETERS.stream().sorted().toList());
            }
        }
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        for (String value : parameters.getOrDefault("status", List.of())) {
            for (String name : value.split(",")) {
                try {
                    statuses.add(Status.valueOf(name.strip()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidSearchException("status", "unknown status '" + name.strip() + "'; expected one of "
                            + List.of(Status.values()));
                }
            }
        }
        String grid = single(parameters, "gridId");
        if (grid != null && city.grid(grid).isEmpty()) {
            throw new InvalidSearchException("gridId", "the city has no grid '" + grid + "'");
        }
        String community = single(parameters, "communityId");
        if (community != null && city.community(community).isEmpty()) {
            throw new InvalidSearchException("communityId", "the city has no community '" + community + "'");
        }
        String street = single(parameters, "streetId");
        if (street != null && city.street(street).isEmpty()) {
            throw new InvalidSearchException("streetId", "the city has no street '" + street + "'");
        }
        String category = single(parameters, "categoryId");
        if (category != null && city.category(category).isEmpty()) {
            throw new InvalidSearchException("categoryId", "the city has no report category '" + category + "'");
        }
        String department = single(parameters, "departmentId");
        if (department != null && city.department(department).isEmpty()) {
            throw new InvalidSearchException("departmentId", "the city has no department '" + department + "'");
        }
        String overdue = single(parameters, "overdue");
        if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
            throw new InvalidSearchException("overdue", "expected true or false");
        }
        String q = single(parameters, "q");
        if (q != null && q.codePointCount(0, q.length()) > MAX_TEXT) {
            throw new InvalidSearchException("q", "at most " + MAX_TEXT + " characters");
        }
        String after = single(parameters, "after");
        return new ReportQuery(statuses, grid, community, street, category, department, "true".equals(overdue),
                q == null ? null : q.toLowerCase(Locale.ROOT), limit(single(parameters, "limit")),
                after == null ? null : Cursor.read(after));
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number out of range
        }
        throw new InvalidSearchException("limit", "a whole number from 1 to " + MAX_LIMIT);
    }

    /** The parameter's one value, stripped; null when absent or blank. */
    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new InvalidSearchException(name, "given " + values.size() + " times; give it once");
        }
        if (values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).strip();
    }

    /** Whether only open reports can match, so the lists of open reports hold every candidate. */
    boolean onlyOpen() {
        return overdue || (!statuses.isEmpty() && statuses.stream().noneMatch(FINISHED::contains));
    }

    ReportQuery startingAfter(ListEntry entry) {
        return new ReportQuery(statuses, gridId, communityId, streetId, categoryId, departmentId, overdue, q, limit, entry);
    }
}
