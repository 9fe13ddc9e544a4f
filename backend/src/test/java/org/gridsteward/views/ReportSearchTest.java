package org.gridsteward.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsteward.views.ViewFixture.COMMUNITY;
import static org.gridsteward.views.ViewFixture.GRID;
import static org.gridsteward.views.ViewFixture.HOUSING;
import static org.gridsteward.views.ViewFixture.NOW;
import static org.gridsteward.views.ViewFixture.OTHER_STREET_GRID;
import static org.gridsteward.views.ViewFixture.SANITATION;
import static org.gridsteward.views.ViewFixture.SIBLING_GRID;
import static org.gridsteward.views.ViewFixture.STREET;
import static org.gridsteward.views.ViewFixture.accepted;
import static org.gridsteward.views.ViewFixture.classified;
import static org.gridsteward.views.ViewFixture.dispatched;
import static org.gridsteward.views.ViewFixture.escalated;
import static org.gridsteward.views.ViewFixture.hoursAgo;
import static org.gridsteward.views.ViewFixture.inHours;
import static org.gridsteward.views.ViewFixture.rejected;
import static org.gridsteward.views.ViewFixture.resolved;
import static org.gridsteward.views.ViewFixture.returned;
import static org.gridsteward.views.ViewFixture.submitted;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridsteward.access.AccessRules;
import org.gridsteward.access.Caller;
import org.gridsteward.access.Scope;
import org.gridsteward.auth.OrganisationPlaces;
import org.gridsteward.events.Role;
import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.events.report.Reporter;
import org.gridsteward.report.Status;
import org.gridsteward.search.ReportQuery;
import org.gridsteward.search.ReportRow;
import org.gridsteward.search.ReportSearch;
import org.gridsteward.search.SearchPage;
import org.junit.jupiter.api.Test;

/** The operators' lists as plain Java: the projection over an in-memory store, searched as each role. */
class ReportSearchTest {
    private static final Caller ADMIN = Caller.account("admin", Role.ADMIN, Scope.CITY, null);
    private static final Caller HOUSING_HANDLER = Caller.account("h", Role.DEPARTMENT_HANDLER, null, HOUSING);
    private static final Caller GRID_WORKER = Caller.account("w", Role.GRID_WORKER, Scope.of(Scope.Level.GRID, GRID), null);
    private static final Caller STREET_DISPATCHER = Caller.account("d", Role.DISPATCHER, Scope.of(Scope.Level.STREET, STREET), null);

    private final InMemoryViewStore store = new InMemoryViewStore();
    private final ScopeTree tree = new ScopeTree(ViewFixture.CITY);
    private final ReportSearchProjection projection = new ReportSearchProjection(store, tree);
    private final ReportSearch search = new ReportSearch(store, ViewFixture.CITY, new AccessRules(new OrganisationPlaces(ViewFixture.CITY)),
            reporter -> new ReporterMasks.Masked("张*丰", "138****8000"));
    private long next;

    private void feed(ReportEvent... events) {
        for (ReportEvent event : events) {
            projection.on(event, new Position(next++, List.of()));
        }
    }

    private List<String> ids(Caller caller, Map<String, List<String>> parameters) {
        return search.find(caller, ReportQuery.parse(parameters, ViewFixture.CITY), NOW).items().stream()
                .map(ReportRow::reportId).toList();
    }

    private List<String> ids(Caller caller) {
        return ids(caller, Map.of());
    }

    @Test
    void rowsComeNewestFirstBySubmissionTime() {
        feed(submitted("r1", GRID, hoursAgo(3)), submitted("r2", GRID, hoursAgo(1)), submitted("r3", GRID, hoursAgo(2)));

        assertThat(ids(ADMIN)).containsExactly("r2", "r3", "r1");
    }

    @Test
    void aSubmissionDeliveredLateStillTakesItsPlaceByTime() {
        feed(submitted("r1", GRID, hoursAgo(3)), submitted("r3", GRID, hoursAgo(1)));
        // A position left as a gap and filled afterwards.
        projection.on(submitted("r2", GRID, hoursAgo(2)), new Position(next + 5, List.of(next)));

        assertThat(ids(ADMIN)).containsExactly("r3", "r2", "r1");
    }

    @Test
    void eachPlaceFilterNarrowsToReportsInThatPlace() {
        feed(submitted("in-grid", GRID, hoursAgo(3)), submitted("sibling", SIBLING_GRID, hoursAgo(2)),
                submitted("elsewhere", OTHER_STREET_GRID, hoursAgo(1)));

        assertThat(ids(ADMIN, Map.of("gridId", List.of(GRID)))).containsExactly("in-grid");
        assertThat(ids(ADMIN, Map.of("communityId", List.of(COMMUNITY)))).containsExactly("sibling", "in-grid");
        assertThat(ids(ADMIN, Map.of("streetId", List.of(STREET)))).containsExactly("sibling", "in-grid");
    }

    @Test
    void theStatusFilterTakesAnyOfTheStatusesGiven() {
        feed(submitted("r1", GRID, hoursAgo(3)), submitted("r2", GRID, hoursAgo(2)), classified("r2", "parking", hoursAgo(1.9)),
                submitted("r3", GRID, hoursAgo(1)), rejected("r3", hoursAgo(0.5)));

        assertThat(ids(ADMIN, Map.of("status", List.of("CLASSIFIED")))).containsExactly("r2");
        assertThat(ids(ADMIN, Map.of("status", List.of("SUBMITTED", "REJECTED")))).containsExactly("r3", "r1");
    }

    @Test
    void theCategoryFilterFollowsTheClassification() {
        feed(submitted("r1", GRID, "parking", hoursAgo(3), null), classified("r1", "garbage", hoursAgo(2)),
                submitted("r2", GRID, "parking", hoursAgo(1), null));

        assertThat(ids(ADMIN, Map.of("categoryId", List.of("garbage")))).containsExactly("r1");
        assertThat(ids(ADMIN, Map.of("categoryId", List.of("parking")))).containsExactly("r2");
    }

    @Test
    void theDepartmentFilterIsTheDepartmentHoldingItOrTheLastOneThatDid() {
        feed(submitted("r1", GRID, hoursAgo(5)), dispatched("r1", SANITATION, hoursAgo(4), inHours(1), inHours(9)),
                returned("r1", SANITATION, hoursAgo(3.5)), dispatched("r1", HOUSING, hoursAgo(3), inHours(1), inHours(9)),
                submitted("r2", GRID, hoursAgo(2)), dispatched("r2", SANITATION, hoursAgo(1), inHours(1), inHours(9)),
                returned("r2", SANITATION, hoursAgo(0.5)));

        assertThat(ids(ADMIN, Map.of("departmentId", List.of(HOUSING)))).containsExactly("r1");
        assertThat(ids(ADMIN, Map.of("departmentId", List.of(SANITATION)))).containsExactly("r2");
    }

    @Test
    void overdueMeansOpenAndPastTheDueTimeOfItsStage() {
        feed(submitted("late-sign-off", GRID, hoursAgo(9)), dispatched("late-sign-off", HOUSING, hoursAgo(8), hoursAgo(1), inHours(5)),
                submitted("late-resolution", GRID, hoursAgo(9)), dispatched("late-resolution", HOUSING, hoursAgo(8), hoursAgo(7), hoursAgo(1)),
                accepted("late-resolution", HOUSING, hoursAgo(7.5)),
                submitted("on-time", GRID, hoursAgo(9)), dispatched("on-time", HOUSING, hoursAgo(8), inHours(1), inHours(5)),
                submitted("resolved-late", GRID, hoursAgo(9)), dispatched("resolved-late", HOUSING, hoursAgo(8), hoursAgo(7), hoursAgo(1)),
                accepted("resolved-late", HOUSING, hoursAgo(7.5)), resolved("resolved-late", HOUSING, hoursAgo(0.5)));

        assertThat(ids(ADMIN, Map.of("overdue", List.of("true")))).containsExactlyInAnyOrder("late-sign-off", "late-resolution");
        ReportRow row = search.find(ADMIN, ReportQuery.parse(Map.of("q", List.of("late-sign")), ViewFixture.CITY), NOW).items().get(0);
        assertThat(row.dueAt()).isEqualTo(hoursAgo(1));
        assertThat(row.overdue()).isTrue();
    }

    @Test
    void freeTextFindsANumberByItsStartOrWordsInTheDescription() {
        feed(submitted("2026112300001", GRID, hoursAgo(3)),
                new ReportSubmitted("2026112300002", GRID, null, "parking", "电动车飞线充电", null, null, ViewFixture.ACTOR, hoursAgo(2)));

        assertThat(ids(ADMIN, Map.of("q", List.of("20261123")))).containsExactly("2026112300002", "2026112300001");
        assertThat(ids(ADMIN, Map.of("q", List.of("飞线")))).containsExactly("2026112300002");
        assertThat(ids(ADMIN, Map.of("q", List.of("00001")))).isEmpty();
    }

    @Test
    void pagingWithTheCursorGivesEveryMatchExactlyOnceInOrder() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            // Two reports at the same moment: the id breaks the tie, and neither is lost at a page boundary.
            feed(submitted("r" + (char) ('a' + i), i % 2 == 0 ? GRID : OTHER_STREET_GRID, hoursAgo(20 - (i / 2))));
        }
        for (int i = 10; i >= 0; i--) {
            expected.add("r" + (char) ('a' + i));
        }
        expected.sort((a, b) -> {
            int byTime = Long.compare(timeOf(b), timeOf(a));
            return byTime != 0 ? byTime : b.compareTo(a);
        });
        List<String> seen = new ArrayList<>();
        Map<String, List<String>> parameters = new HashMap<>(Map.of("limit", List.of("3")));
        int pages = 0;
        while (true) {
            SearchPage page = search.find(ADMIN, ReportQuery.parse(parameters, ViewFixture.CITY), NOW);
            page.items().forEach(row -> seen.add(row.reportId()));
            pages++;
            if (page.next() == null) {
                break;
            }
            parameters.put("after", List.of(page.next()));
        }
        assertThat(seen).isEqualTo(expected);
        assertThat(pages).isEqualTo(4);
    }

    private long timeOf(String id) {
        return store.find(ReportSearchProjection.SUMMARIES, id, ReportSummary.class).orElseThrow().state().submittedAt().toEpochMilli();
    }

    @Test
    void aDepartmentHandlerSeesOnlyReportsTheirDepartmentHasHeld() {
        feed(submitted("held-then-returned", GRID, hoursAgo(5)), dispatched("held-then-returned", HOUSING, hoursAgo(4), inHours(1), inHours(9)),
                returned("held-then-returned", HOUSING, hoursAgo(3.5)),
                submitted("holding", OTHER_STREET_GRID, hoursAgo(3)), dispatched("holding", HOUSING, hoursAgo(2), inHours(1), inHours(9)),
                submitted("others", GRID, hoursAgo(2)), dispatched("others", SANITATION, hoursAgo(1), inHours(1), inHours(9)),
                submitted("never-dispatched", GRID, hoursAgo(1)));

        assertThat(ids(HOUSING_HANDLER)).containsExactly("holding", "held-then-returned");
        assertThat(ids(HOUSING_HANDLER, Map.of("gridId", List.of(GRID)))).containsExactly("held-then-returned");
    }

    @Test
    void aGridWorkerSeesOnlyTheirGridsAndADispatcherTheirStreet() {
        feed(submitted("own", GRID, hoursAgo(3)), submitted("sibling", SIBLING_GRID, hoursAgo(2)),
                submitted("other-street", OTHER_STREET_GRID, hoursAgo(1)));

        assertThat(ids(GRID_WORKER)).containsExactly("own");
        assertThat(ids(GRID_WORKER, Map.of("communityId", List.of(COMMUNITY)))).containsExactly("own");
        assertThat(ids(GRID_WORKER, Map.of("gridId", List.of(OTHER_STREET_GRID)))).isEmpty();
        assertThat(ids(STREET_DISPATCHER)).containsExactly("sibling", "own");
    }

    @Test
    void aFullPageIsNeverShortenedByReportsTheCallerMayNotRead() {
        for (int i = 0; i < 30; i++) {
            feed(submitted("other-" + i, OTHER_STREET_GRID, hoursAgo(1 + i * 0.01)));
        }
        for (int i = 0; i < 5; i++) {
            feed(submitted("own-" + i, GRID, hoursAgo(2 + i)));
        }

        SearchPage page = search.find(STREET_DISPATCHER, ReportQuery.parse(Map.of("limit", List.of("4")), ViewFixture.CITY), NOW);
        assertThat(page.items()).hasSize(4);
        assertThat(page.next()).isNotNull();
    }

    @Test
    void aReportMovesBetweenTheOpenAndTheWholeListsAsItIsHandled() {
        feed(submitted("r1", GRID, hoursAgo(3)), classified("r1", "parking", hoursAgo(2.5)),
                dispatched("r1", HOUSING, hoursAgo(2), inHours(1), inHours(9)));
        assertThat(walk("open|grid:" + GRID)).containsExactly("r1");
        assertThat(walk("open|dept:" + HOUSING)).containsExactly("r1");

        feed(rejected("r1", hoursAgo(1)));

        assertThat(walk("open|grid:" + GRID)).isEmpty();
        assertThat(walk("open|dept:" + HOUSING)).isEmpty();
        assertThat(walk("all|city")).containsExactly("r1");
        assertThat(walk("all|dept:" + HOUSING)).containsExactly("r1");
    }

    @Test
    void anEventDeliveredAgainChangesNothingAndMendsListsThatMissedIt() {
        feed(submitted("r1", GRID, hoursAgo(3)));
        Position dispatchedAt = new Position(next, List.of());
        feed(dispatched("r1", HOUSING, hoursAgo(2), inHours(1), inHours(9)));
        ReportSummary before = store.find(ReportSearchProjection.SUMMARIES, "r1", ReportSummary.class).orElseThrow();
        // As if the batch's summaries had been written and its lists not.
        store.clear(ReportSearchProjection.LISTS);

        projection.on(dispatched("r1", HOUSING, hoursAgo(2), inHours(1), inHours(9)), dispatchedAt);

        assertThat(store.find(ReportSearchProjection.SUMMARIES, "r1", ReportSummary.class)).contains(before);
        assertThat(before.departmentsHeld()).containsExactly(HOUSING);
        assertThat(walk("open|dept:" + HOUSING)).containsExactly("r1");
        assertThat(walk("all|grid:" + GRID)).containsExactly("r1");
    }

    @Test
    void theSummaryKeepsTheHighestEscalationSinceTheLatestDispatch() {
        feed(submitted("r1", GRID, hoursAgo(30)), dispatched("r1", HOUSING, hoursAgo(29), hoursAgo(28), hoursAgo(26)),
                escalated("r1", HOUSING, hoursAgo(26), EscalationLevel.STREET, hoursAgo(20)),
                escalated("r1", HOUSING, hoursAgo(26), EscalationLevel.COMMUNITY, hoursAgo(19)));
        assertThat(ids(ADMIN, Map.of("q", List.of("r1")))).containsExactly("r1");
        assertThat(row("r1").escalation()).isEqualTo(EscalationLevel.STREET);

        feed(returned("r1", HOUSING, hoursAgo(10)), dispatched("r1", SANITATION, hoursAgo(9), inHours(1), inHours(9)));

        assertThat(row("r1").escalation()).isNull();
    }

    @Test
    void aRowShowsTheReporterMaskedAndALongDescriptionCut() {
        String longText = "楼".repeat(130);
        feed(new ReportSubmitted("r1", GRID, null, "parking", longText, null, new Reporter("res-1", "v1.x", "v1.y"),
                ViewFixture.ACTOR, hoursAgo(1)));

        ReportRow row = row("r1");
        assertThat(row.reporter()).isEqualTo(new ReporterMasks.Masked("张*丰", "138****8000"));
        assertThat(row.description()).isEqualTo("楼".repeat(120) + "…");
        assertThat(row.status()).isEqualTo(Status.SUBMITTED);
        assertThat(row.statusZh()).isEqualTo("待受理");
    }

    private ReportRow row(String id) {
        return search.find(ADMIN, ReportQuery.parse(Map.of("q", List.of(id)), ViewFixture.CITY), NOW).items().get(0);
    }

    private List<String> walk(String list) {
        ReportLists.Walk walk = new ReportLists(store, ReportSearchProjection.LISTS).walk(list, null);
        List<String> ids = new ArrayList<>();
        while (walk.hasNext()) {
            ids.add(walk.next().reportId());
        }
        return ids;
    }
}
