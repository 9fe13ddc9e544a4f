package org.gridsteward.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gridsteward.api.SignIn;
import org.gridsteward.audit.AccessLog;
import org.gridsteward.views.Poll;
import org.gridsteward.views.ViewProcessing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /api/reports} over real HTTP. Each test marks its reports with a word of its own in the description
 * and searches for it, so reports other tests leave in the shared database do not count.
 */
@QuarkusTest
class ReportSearchApiTest {
    private static final String OWN_GRID = "g-01-01";
    private static final String OTHER_STREET_GRID = "g-05-01";
    private static final String URBAN = "dept-urban-mgmt";
    private static final String SANITATION = "dept-sanitation";

    @Inject
    ViewProcessing processing;

    @Inject
    AccessLog accessLog;

    private final String tag = "tag" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aReportMovesInTheResultsAsItIsHandled() {
        String id = submit(OWN_GRID);
        assertThat(ids(SignIn.DISPATCHER, "status", "SUBMITTED")).containsExactly(id);

        act(id, "classify", "{\"categoryId\":\"parking\"}");
        act(id, "dispatch", "{\"departmentId\":\"" + URBAN + "\"}");
        assertThat(ids(SignIn.DISPATCHER, "status", "SUBMITTED")).isEmpty();
        assertThat(ids(SignIn.DISPATCHER, "status", "DISPATCHED", "departmentId", URBAN)).containsExactly(id);
        assertThat(ids(SignIn.DISPATCHER, "departmentId", SANITATION)).isEmpty();

        act(id, "accept", "{\"departmentId\":\"" + URBAN + "\"}");
        act(id, "resolve", "{\"departmentId\":\"" + URBAN + "\",\"resolution\":\"已清理\"}");
        assertThat(ids(SignIn.DISPATCHER, "status", "RESOLVED")).containsExactly(id);

        act(id, "verify", "{\"passed\":true}");
        act(id, "close", "{}");
        assertThat(ids(SignIn.DISPATCHER, "status", "CLOSED")).containsExactly(id);
        assertThat(ids(SignIn.DISPATCHER, "status", "SUBMITTED", "status", "DISPATCHED", "status", "RESOLVED")).isEmpty();
    }

    @Test
    void aRowHasWhatAListNeedsWithTheReporterMaskedEvenForThoseWhoReadItInClear() {
        String id = submit(OWN_GRID);
        act(id, "classify", "{\"categoryId\":\"parking\",\"priority\":\"URGENT\"}");
        act(id, "dispatch", "{\"departmentId\":\"" + URBAN + "\"}");

        JsonPath page = search(SignIn.DISPATCHER, "q", tag);
        assertThat(page.getString("items[0].reportId")).isEqualTo(id);
        assertThat(page.getString("items[0].status")).isEqualTo("DISPATCHED");
        assertThat(page.getString("items[0].statusZh")).isEqualTo("待签收");
        assertThat(page.getString("items[0].statusEn")).isEqualTo("Awaiting sign-off");
        assertThat(page.getString("items[0].gridId")).isEqualTo(OWN_GRID);
        assertThat(page.getString("items[0].priority")).isEqualTo("URGENT");
        assertThat(page.getString("items[0].departmentId")).isEqualTo(URBAN);
        assertThat(page.getString("items[0].dueAt")).isNotNull();
        assertThat(page.getBoolean("items[0].overdue")).isFalse();
        assertThat(page.getString("items[0].reporter.name")).isEqualTo("张*丰");
        assertThat(page.getString("items[0].reporter.phone")).isEqualTo("138****8000");
        assertThat(page.prettify()).doesNotContain("13800138000").doesNotContain("张三丰");
        assertThat(page.getString("next")).isNull();
    }

    @Test
    void aDepartmentHandlerSeesOnlyReportsTheirDepartmentHasHeld() {
        String ours = submit(OTHER_STREET_GRID);
        String theirs = submit(OWN_GRID);
        String returned = submit(OWN_GRID);
        for (String id : List.of(ours, theirs, returned)) {
            act(id, "classify", "{\"categoryId\":\"parking\"}");
        }
        act(ours, "dispatch", "{\"departmentId\":\"" + URBAN + "\"}");
        act(theirs, "dispatch", "{\"departmentId\":\"" + SANITATION + "\"}");
        act(returned, "dispatch", "{\"departmentId\":\"" + URBAN + "\"}");
        act(returned, "return", "{\"departmentId\":\"" + URBAN + "\",\"reason\":\"不属本部门\"}");

        assertThat(ids(SignIn.HANDLER)).containsExactly(returned, ours);
        assertThat(ids(SignIn.AUDITOR)).containsExactlyInAnyOrder(ours, theirs, returned);
    }

    @Test
    void aGridWorkerSeesOnlyTheirGridsAndADispatcherOnlyTheirStreet() {
        String own = submit(OWN_GRID);
        String sibling = submit("g-01-02");
        String elsewhere = submit(OTHER_STREET_GRID);

        assertThat(ids(SignIn.GRID_WORKER)).containsExactly(sibling, own);
        assertThat(ids(SignIn.GRID_WORKER, "gridId", OTHER_STREET_GRID)).isEmpty();
        assertThat(ids(SignIn.DISPATCHER)).containsExactly(sibling, own);
        assertThat(ids(SignIn.SUPERVISOR, "gridId", OWN_GRID)).containsExactly(own);
        assertThat(ids(SignIn.AUDITOR)).containsExactly(elsewhere, sibling, own);
    }

    @Test
    void aResidentsReceiptAndADisplayTokenAreRefused() {
        String receipt = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"gridId\":\"g-01-01\",\"categoryId\":\"parking\",\"description\":\"" + tag + "\"}")
                .post("/api/reports").then().statusCode(201).extract().path("receipt");
        String display = SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"search\",\"scope\":{\"level\":\"CITY\"}}").post("/api/displays")
                .then().statusCode(201).extract().path("token");

        SignIn.bearer(receipt).get("/api/reports").then().statusCode(403).contentType(startsWith("application/problem+json"));
        SignIn.bearer(display).get("/api/reports").then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().get("/api/reports").then().statusCode(401);
    }

    @ParameterizedTest
    @CsvSource({
        "status, NOPE",
        "limit, 0",
        "limit, 1000",
        "limit, many",
        "after, not-a-cursor",
        "gridId, g-99-99",
        "communityId, cm-nowhere",
        "departmentId, dept-nowhere",
        "overdue, yes",
        "sort, newest",
    })
    void aBadParameterIsRefusedNamingIt(String parameter, String value) {
        SignIn.as(SignIn.DISPATCHER).queryParam(parameter, value).get("/api/reports").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(parameter));
    }

    @Test
    void pagingWithTheCursorReturnsEveryMatchExactlyOnceNewestFirst() {
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            submitted.add(0, submit(i % 2 == 0 ? OWN_GRID : "g-01-02"));
        }
        awaitViews();
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            RequestSpecification request = SignIn.as(SignIn.DISPATCHER).queryParam("q", tag).queryParam("limit", 3);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/api/reports").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.reportId"));
            after = page.getString("next");
            pages++;
        } while (after != null);

        assertThat(seen).isEqualTo(submitted);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void aRebuildOfTheViewsLeavesTheSameResults() {
        String open = submit(OWN_GRID);
        String closed = submit("g-01-02");
        String dispatched = submit(OTHER_STREET_GRID);
        act(closed, "reject", "{\"reason\":\"重复上报\"}");
        act(dispatched, "classify", "{\"categoryId\":\"garbage\"}");
        act(dispatched, "dispatch", "{\"departmentId\":\"" + SANITATION + "\"}");
        List<String> queries = List.of("", "status=REJECTED", "status=SUBMITTED&status=DISPATCHED", "departmentId=" + SANITATION,
                "categoryId=garbage", "streetId=st-dongcheng");
        List<String> before = everyAnswer(queries);
        assertThat(before.get(0)).contains(open, closed, dispatched);

        processing.rebuild();
        Poll.until(Duration.ofSeconds(60), processing::caughtUp, () -> "rebuilt views caught up: " + processing.status());

        assertThat(everyAnswer(queries)).isEqualTo(before);
    }

    @Test
    void aSearchIsRecordedInTheAccessLogWithItsFilters() {
        SignIn.as(SignIn.SUPERVISOR).queryParam("q", tag).queryParam("status", "SUBMITTED").get("/api/reports")
                .then().statusCode(200);
        SignIn.as(SignIn.SUPERVISOR).queryParam("q", tag).queryParam("limit", "0").get("/api/reports")
                .then().statusCode(400);

        List<AccessLog.Entry> entries = new ArrayList<>();
        for (long from = 1; ; from += 500) {
            List<AccessLog.Entry> page = accessLog.read(from, 500);
            page.stream().filter(e -> e.path().contains(tag)).forEach(entries::add);
            if (page.isEmpty()) {
                break;
            }
        }
        assertThat(entries).extracting(AccessLog.Entry::action).containsOnly("SEARCH_REPORTS");
        assertThat(entries).extracting(AccessLog.Entry::path)
                .containsExactly("/api/reports?q=" + tag + "&status=SUBMITTED", "/api/reports?q=" + tag + "&limit=0");
        assertThat(entries).extracting(AccessLog.Entry::status).containsExactly(200, 400);
        assertThat(entries).extracting(AccessLog.Entry::callerId).containsOnly(SignIn.SUPERVISOR);
    }

    // ---------------------------------------------------------------- helpers

    private List<String> everyAnswer(List<String> queries) {
        awaitViews();
        List<String> answers = new ArrayList<>();
        for (String query : queries) {
            answers.add(SignIn.as(SignIn.AUDITOR).get("/api/reports?q=" + tag + (query.isEmpty() ? "" : "&" + query))
                    .then().statusCode(200).extract().asString());
        }
        return answers;
    }

    private String submit(String gridId) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"gridId":"%s","categoryId":"parking","description":"楼道堆放杂物 %s",
                         "reporter":{"name":"张三丰","phone":"13800138000"}}""".formatted(gridId, tag))
                .post("/api/reports").then().statusCode(201).extract().path("reportId");
    }

    private static void act(String reportId, String action, String body) {
        SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON).body(body)
                .post("/api/reports/" + reportId + "/" + action).then().statusCode(200);
    }

    private void awaitViews() {
        Poll.until(Duration.ofSeconds(20), processing::caughtUp, () -> "views caught up: " + processing.status());
    }

    private JsonPath search(String user, String... parameters) {
        awaitViews();
        RequestSpecification request = SignIn.as(user);
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get("/api/reports").then().statusCode(200).extract().jsonPath();
    }

    /** The ids this test's reports the user finds with these parameters, newest first. */
    private List<String> ids(String user, String... parameters) {
        String[] withTag = new String[parameters.length + 2];
        System.arraycopy(parameters, 0, withTag, 0, parameters.length);
        withTag[parameters.length] = "q";
        withTag[parameters.length + 1] = tag;
        return search(user, withTag).getList("items.reportId");
    }
}
