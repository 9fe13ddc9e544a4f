package org.gridsteward.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridsteward.access.AccessRules;
import org.gridsteward.access.Action;
import org.gridsteward.access.Caller;
import org.gridsteward.access.ReportFacts;
import org.gridsteward.access.Scope;
import org.gridsteward.events.Role;
import org.gridsteward.org.CityOrganisation;
import org.gridsteward.org.Community;
import org.gridsteward.org.Street;
import org.gridsteward.views.ListEntry;
import org.gridsteward.views.ReportLists;
import org.gridsteward.views.ReportSearchProjection;
import org.gridsteward.views.ReportSummary;
import org.gridsteward.views.ReporterMasks;
import org.gridsteward.views.ViewStore;

/**
 * Finds reports for an operator. The caller's reach and the narrowest filter choose the lists to walk (their
 * department's, the place asked for, or the places they look after), so the walk starts among the reports they
 * may read; each row is then checked against every filter and against the same rule that decides whether they
 * may read the report on its own. The walk goes on until the page is full, so a page is short only at the end.
 */
public final class ReportSearch {
    private static final int MIN_CHUNK = 32;
    private static final int MAX_CHUNK = 512;

    private final ViewStore store;
    private final ReportLists lists;
    private final CityOrganisation city;
    private final AccessRules rules;
    private final ReporterMasks masks;

    public ReportSearch(ViewStore store, CityOrganisation city, AccessRules rules, ReporterMasks masks) {
        this.store = store;
        this.lists = new ReportLists(store, ReportSearchProjection.LISTS);
        this.city = city;
        this.rules = rules;
        this.masks = masks;
    }

    public SearchPage find(Caller caller, ReportQuery query, Instant now) {
        if (!rules.mayAttempt(caller, Action.SEARCH_REPORTS)) {
            throw new IllegalArgumentException("role " + caller.role() + " may not search reports");
        }
        String kind = query.onlyOpen() ? ReportLists.OPEN : ReportLists.ALL;
        List<ReportLists.Walk> walks = new ArrayList<>();
        for (String key : startingLists(caller, query)) {
            walks.add(lists.walk(ReportLists.list(kind, key), query.after()));
        }
        List<ReportRow> rows = new ArrayList<>();
        ListEntry last = null;
        ListEntry previous = null;
        while (rows.size() <= query.limit()) {
            List<ListEntry> candidates = new ArrayList<>();
            int chunk = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, 2 * (query.limit() + 1 - rows.size())));
            while (candidates.size() < chunk) {
                ListEntry next = newest(walks);
                if (next == null) {
                    break;
                }
                // The same report reached through two lists comes twice in a row.
                if (!next.equals(previous)) {
                    candidates.add(next);
                }
                previous = next;
            }
            if (candidates.isEmpty()) {
                break;
            }
            Map<String, ReportSummary> summaries = new HashMap<>();
            for (ReportSummary summary : store.findAll(ReportSearchProjection.SUMMARIES,
                    candidates.stream().map(ListEntry::reportId).toList(), ReportSummary.class)) {
                summaries.put(summary.reportId(), summary);
            }
            for (ListEntry candidate : candidates) {
                ReportSummary summary = summaries.get(candidate.reportId());
                if (summary != null && matches(summary, caller, query, now)) {
                    if (rows.size() == query.limit()) {
                        return new SearchPage(rows, Cursor.write(last));
                    }
                    rows.add(ReportRow.of(summary, now, masks));
                    last = candidate;
                }
            }
        }
        return new SearchPage(rows, null);
    }

    /** Takes the newest entry among the walks' next ones. */
    private static ListEntry newest(List<ReportLists.Walk> walks) {
        ReportLists.Walk newest = null;
        for (ReportLists.Walk walk : walks) {
            if (walk.hasNext() && (newest == null || walk.peek().compareTo(newest.peek()) > 0)) {
                newest = walk;
            }
        }
        return newest == null ? null : newest.next();
    }

    private boolean matches(ReportSummary summary, Caller caller, ReportQuery query, Instant now) {
        var state = summary.state();
        if (!rules.permits(caller, Action.READ_REPORT, new ReportFacts(summary.reportId(), state.gridId(),
                state.departmentId(), Set.copyOf(summary.departmentsHeld())))) {
            return false;
        }
        if (!query.statuses().isEmpty() && !query.statuses().contains(state.status())) {
            return false;
        }
        if (query.gridId() != null && !query.gridId().equals(state.gridId())) {
            return false;
        }
        if (query.communityId() != null
                && !city.communityOf(state.gridId()).map(c -> c.id().equals(query.communityId())).orElse(false)) {
            return false;
        }
        if (query.streetId() != null
                && !city.streetOf(state.gridId()).map(s -> s.id().equals(query.streetId())).orElse(false)) {
            return false;
        }
        if (query.categoryId() != null && !query.categoryId().equals(state.categoryId())) {
            return false;
        }
        if (query.departmentId() != null && !query.departmentId().equals(summary.lastDepartmentId())) {
            return false;
        }
        if (query.overdue() && !summary.overdueAt(now)) {
            return false;
        }
        return query.q() == null
                || summary.reportId().toLowerCase(Locale.ROOT).startsWith(query.q())
                || (summary.description() != null && summary.description().toLowerCase(Locale.ROOT).contains(query.q()));
    }

    /**
     * The keys of the lists that hold every report the caller may read and the query can match: a department
     * handler's department; otherwise the place asked for when it lies within the caller's reach, the parts of
     * their reach inside it when it does not (none when the two do not meet), the department asked for, or their
     * whole reach.
     */
    private List<String> startingLists(Caller caller, ReportQuery query) {
        if (caller.role() == Role.DEPARTMENT_HANDLER) {
            return List.of(ReportLists.department(caller.departmentId()));
        }
        Scope reach = caller.role() == Role.ADMIN || caller.role() == Role.AUDITOR ? Scope.CITY : caller.scope();
        Scope place = narrowestPlace(query);
        if (place != null) {
            if (reach.level() == Scope.Level.CITY || covers(reach, place)) {
                return List.of(key(place.level(), place.ids().iterator().next()));
            }
            return reach.ids().stream().sorted()
                    .filter(id -> inside(reach.level(), id, place))
                    .map(id -> key(reach.level(), id))
                    .toList();
        }
        if (query.departmentId() != null) {
            return List.of(ReportLists.department(query.departmentId()));
        }
        if (reach.level() == Scope.Level.CITY) {
            return List.of("city");
        }
        return reach.ids().stream().sorted().map(id -> key(reach.level(), id)).toList();
    }

    private static Scope narrowestPlace(ReportQuery query) {
        if (query.gridId() != null) {
            return Scope.of(Scope.Level.GRID, query.gridId());
        }
        if (query.communityId() != null) {
            return Scope.of(Scope.Level.COMMUNITY, query.communityId());
        }
        if (query.streetId() != null) {
            return Scope.of(Scope.Level.STREET, query.streetId());
        }
        return null;
    }

    private static String key(Scope.Level level, String id) {
        return switch (level) {
            case CITY -> "city";
            case STREET -> "street:" + id;
            case COMMUNITY -> "community:" + id;
            case GRID -> "grid:" + id;
        };
    }

    /** Whether the place lies wholly within the reach. */
    private boolean covers(Scope reach, Scope place) {
        String id = place.ids().iterator().next();
        return switch (place.level()) {
            case CITY -> false;
            case STREET -> reach.level() == Scope.Level.STREET && reach.ids().contains(id);
            case COMMUNITY -> reach.level() == Scope.Level.COMMUNITY ? reach.ids().contains(id)
                    : reach.level() == Scope.Level.STREET && streetOfCommunity(id).map(reach.ids()::contains).orElse(false);
            case GRID -> reach.ids().stream().anyMatch(r -> inside(Scope.Level.GRID, id, Scope.of(reach.level(), r)));
        };
    }

    /** Whether the part of the city at {@code level} named {@code id} lies within the place. */
    private boolean inside(Scope.Level level, String id, Scope place) {
        String placeId = place.ids().iterator().next();
        return switch (level) {
            case CITY -> false;
            case STREET -> place.level() == Scope.Level.STREET && placeId.equals(id);
            case COMMUNITY -> switch (place.level()) {
                case COMMUNITY -> placeId.equals(id);
                case STREET -> streetOfCommunity(id).map(placeId::equals).orElse(false);
                default -> false;
            };
            case GRID -> switch (place.level()) {
                case GRID -> placeId.equals(id);
                case COMMUNITY -> city.communityOf(id).map(Community::id).map(placeId::equals).orElse(false);
                case STREET -> city.streetOf(id).map(Street::id).map(placeId::equals).orElse(false);
                case CITY -> true;
            };
        };
    }

    private Optional<String> streetOfCommunity(String communityId) {
        for (Street street : city.streets()) {
            for (Community community : street.communities()) {
                if (community.id().equals(communityId)) {
                    return Optional.of(street.id());
                }
            }
        }
        return Optional.empty();
    }
}
