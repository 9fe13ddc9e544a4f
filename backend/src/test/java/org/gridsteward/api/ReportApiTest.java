package org.gridsteward.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import com.mongodb.client.MongoDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportApiTest {
    private static final String SUBMISSION = """
            {"gridId":"g-01-01","categoryId":"parking","description":"3号楼消防通道被私家车占用",
             "reporter":{"name":"张三丰","phone":"13800138000"}}""";

    @Inject
    MongoDatabase database;

    @Test
    void submittingAnswers201WithTheReportNumber() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", key()).body(SUBMISSION)
                .when().post("/api/reports")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/reports/\\d{13}"))
                .body("reportId", matchesPattern("\\d{13}"))
                .body("status", equalTo("SUBMITTED"))
                .body("statusLabel.zh", equalTo("待受理"))
                .body("timeline.type", contains("ReportSubmitted"));
    }

    @Test
    void aSubmissionAnswersWithTheViewThatReadingTheReportGivesAndARetryGivesTheSame() {
        String key = key();
        io.restassured.path.json.JsonPath first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(SUBMISSION)
                .post("/api/reports").then().statusCode(201).extract().jsonPath();
        io.restassured.path.json.JsonPath retried = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(SUBMISSION)
                .post("/api/reports").then().statusCode(201).extract().jsonPath();
        Map<String, Object> read = SignIn.bearer(first.getString("receipt")).get("/api/reports/" + first.getString("reportId"))
                .then().statusCode(200).extract().jsonPath().getMap("");

        Map<String, Object> answered = first.getMap("");
        answered.remove("receipt");
        Map<String, Object> answeredAgain = retried.getMap("");
        answeredAgain.remove("receipt");
        assertThat(answered).isEqualTo(answeredAgain);
        assertThat(read).containsAllEntriesOf(answered);
    }

    @Test
    void theSameIdempotencyKeyAnswersWithTheSameReportAndStoresOne() {
        String key = key();
        long before = storedEvents();
        String first = submit(key, SUBMISSION);
        String second = submit(key, SUBMISSION);

        assertThat(second).isEqualTo(first);
        assertThat(storedEvents() - before).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWithTheSameIdempotencyKeyCreateOneReport() throws Exception {
        String key = key();
        long before = storedEvents();
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(senders.submit(() -> submit(key, SUBMISSION)));
            }
            java.util.Set<String> reports = new java.util.HashSet<>();
            for (java.util.concurrent.Future<String> answer : answers) {
                reports.add(answer.get());
            }
            assertThat(reports).hasSize(1);
        } finally {
            senders.shutdownNow();
        }
        assertThat(storedEvents() - before).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequestIsRefused() {
        String key = key();
        submit(key, SUBMISSION);
        long before = storedEvents();

        problem(given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(SUBMISSION.replace("parking", "garbage")).post("/api/reports").then(), 422, "idempotency-key-reused");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void submittingWithoutAnIdempotencyKeyIsRefused() {
        problem(given().contentType(ContentType.JSON).body(SUBMISSION).post("/api/reports").then(), 400, "idempotency-key")
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void aRefusedSubmissionFreesItsKeyForTheCorrectedRequest() {
        String key = key();
        problem(given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(SUBMISSION.replace("g-01-01", "g-99-99")).post("/api/reports").then(), 422, "unknown-reference");

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(SUBMISSION)
                .post("/api/reports").then().statusCode(201);
    }

    @Test
    void aReportGoesThroughItsWholeLifecycle() {
        String id = submit(key(), SUBMISSION);
        act(id, "classify", "{\"categoryId\":\"parking\",\"priority\":\"URGENT\"}").body("status", equalTo("CLASSIFIED"));
        act(id, "dispatch", "{\"departmentId\":\"dept-urban-mgmt\"}").body("status", equalTo("DISPATCHED"));
        act(id, "accept", "{\"departmentId\":\"dept-urban-mgmt\"}").body("status", equalTo("ACCEPTED"));
        act(id, "progress", "{\"note\":\"已联系车主\"}").body("status", equalTo("ACCEPTED"));
        String dueAt = SignIn.as(SignIn.DISPATCHER).get("/api/reports/" + id).then().extract().path("state.dueAt");
        String later = Instant.parse(dueAt).plus(Duration.ofDays(2)).toString();
        act(id, "extend", "{\"newDueAt\":\"" + later + "\",\"reason\":\"需协调交警\"}").body("state.dueAt", startsWith(later.substring(0, 16)));
        act(id, "resolve", "{\"departmentId\":\"dept-urban-mgmt\",\"resolution\":\"车辆已移走\"}").body("status", equalTo("RESOLVED"));
        act(id, "verify", "{\"passed\":true,\"note\":\"现场核实\"}").body("status", equalTo("VERIFIED"));
        act(id, "rate", "{\"satisfaction\":\"SATISFIED\"}").body("status", equalTo("RATED"));
        act(id, "close", "{}").body("status", equalTo("CLOSED"))
                .body("timeline.type", contains("ReportSubmitted", "ReportClassified", "ReportDispatched",
                        "DispatchAccepted", "ProgressNoted", "DeadlineExtended", "ReportResolved",
                        "ResolutionVerified", "ReportRated", "ReportClosed"))
                .body("timeline.actor.role", contains("RESIDENT", "DISPATCHER", "DISPATCHER", "DEPARTMENT_HANDLER",
                        "DEPARTMENT_HANDLER", "DISPATCHER", "DEPARTMENT_HANDLER", "GRID_WORKER", "RESIDENT", "DISPATCHER"));
    }

    @Test
    void dispatchWithoutDueTimesTakesTheCategoryWindowsInCalendarHours() {
        String id = submit(key(), SUBMISSION);
        act(id, "classify", "{\"categoryId\":\"garbage\"}");
        ValidatableResponse dispatched = act(id, "dispatch", "{\"departmentId\":\"dept-urban-mgmt\"}");

        Map<String, Object> event = dispatched.extract().path("timeline[2].data");
        Instant at = Instant.parse((String) event.get("at"));
        Map<String, Object> category = given().get("/api/org").then().extract()
                .path("categories.find { it.id == 'garbage' }");
        assertThat(Instant.parse((String) event.get("dueAt")))
                .isEqualTo(at.plus(Duration.ofHours(((Number) category.get("resolutionHours")).longValue())));
        assertThat(Instant.parse((String) event.get("signOffDueAt")))
                .isEqualTo(at.plus(Duration.ofHours(((Number) category.get("signOffHours")).longValue())));
    }

    @Test
    void aFailedVerificationSendsTheReportBackForRework() {
        String id = resolvedReport();
        act(id, "verify", "{\"passed\":false,\"note\":\"车辆仍在\"}").body("status", equalTo("ACCEPTED"))
                .body("state.reworks", equalTo(1));
    }

    @Test
    void aDissatisfiedRatingReopensTheReport() {
        String id = resolvedReport();
        act(id, "verify", "{\"passed\":true}");
        act(id, "rate", "{\"satisfaction\":\"DISSATISFIED\",\"comment\":\"没有解决\"}")
                .body("status", equalTo("REOPENED"))
                .body("timeline.type[-1]", equalTo("ReportReopened"));
    }

    @Test
    void anIllegalTransitionIs409AndChangesNothing() {
        String id = submit(key(), SUBMISSION);
        long before = storedEvents();

        problem(post(id, "close", "{}"), 409, "illegal-transition");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anUnknownDepartmentIs422NamingTheField() {
        String id = submit(key(), SUBMISSION);
        act(id, "classify", "{\"categoryId\":\"parking\"}");

        problem(post(id, "dispatch", "{\"departmentId\":\"dept-nowhere\"}"), 422, "unknown-reference")
                .body("errors[0].field", equalTo("departmentId"));
    }

    @Test
    void anUnknownReportIs404() {
        problem(SignIn.as(SignIn.DISPATCHER).get("/api/reports/2099010100001").then(), 404, "not-found");
        problem(post("2099010100001", "classify", "{\"categoryId\":\"parking\"}"), 404, "not-found");
    }

    @Test
    void malformedJsonIs400AndChangesNothing() {
        long before = storedEvents();
        problem(given().contentType(ContentType.JSON).header("Idempotency-Key", key()).body("{\"gridId\": \"g-01-01\",")
                .post("/api/reports").then(), 400, "malformed-json");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anUnknownFieldIs400NamingIt() {
        problem(given().contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(SUBMISSION.replace("\"gridId\"", "\"admin\":true,\"gridId\"")).post("/api/reports").then(), 400, "unknown-field")
                .body("errors[0].field", equalTo("admin"));
    }

    @Test
    void aValueOfTheWrongKindIs400NamingTheField() {
        String id = submit(key(), SUBMISSION);
        problem(post(id, "classify", "{\"categoryId\":\"parking\",\"priority\":\"HIGHEST\"}"), 400, "invalid-value")
                .body("errors[0].field", equalTo("priority"));
        problem(post(id, "extend", "{\"newDueAt\":\"next tuesday\",\"reason\":\"x\"}"), 400, "invalid-value")
                .body("errors[0].field", equalTo("newDueAt"));
    }

    @Test
    void missingAndOversizedFieldsAre400NamingEachField() {
        long before = storedEvents();
        String huge = "很".repeat(2001);
        problem(given().contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body("{\"gridId\":\"g-01-01\",\"description\":\"" + huge + "\"}").post("/api/reports").then(), 400, "invalid-fields")
                .body("errors.field", contains("categoryId", "description"));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aMissingBodyIs400() {
        String id = submit(key(), SUBMISSION);
        problem(SignIn.as(SignIn.DISPATCHER).contentType(ContentType.JSON).post("/api/reports/" + id + "/reject").then(), 400, "invalid-fields");
    }

    @Test
    void anotherContentTypeIs415() {
        problem(given().contentType(ContentType.TEXT).header("Idempotency-Key", key()).body("hello")
                .post("/api/reports").then(), 415, "http-415");
    }

    @Test
    void aRequestBodyOverTheLimitIsRefused() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", key()).body("{\"description\":\"" + "x".repeat(300_000) + "\"}")
                .post("/api/reports").then().statusCode(413);
    }

    // ---------------------------------------------------------------- helpers

    private String resolvedReport() {
        String id = submit(key(), SUBMISSION);
        act(id, "classify", "{\"categoryId\":\"parking\"}");
        act(id, "dispatch", "{\"departmentId\":\"dept-urban-mgmt\"}");
        act(id, "accept", "{\"departmentId\":\"dept-urban-mgmt\"}");
        act(id, "resolve", "{\"departmentId\":\"dept-urban-mgmt\",\"resolution\":\"已处理\"}");
        return id;
    }

    private static String submit(String key, String body) {
        io.restassured.path.json.JsonPath answer = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/reports").then().statusCode(201).extract().jsonPath();
        RECEIPTS.put(answer.getString("reportId"), answer.getString("receipt"));
        return answer.getString("reportId");
    }

    private static final Map<String, String> RECEIPTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static ValidatableResponse act(String id, String action, String body) {
        return post(id, action, body).statusCode(200);
    }

    /** Each action as the demo account whose job it is; rating with the reporter's receipt. */
    private static ValidatableResponse post(String id, String action, String body) {
        io.restassured.specification.RequestSpecification who = switch (action) {
            case "accept", "return", "progress", "resolve" -> SignIn.as(SignIn.HANDLER);
            case "verify" -> SignIn.as(SignIn.GRID_WORKER);
            case "rate" -> SignIn.bearer(RECEIPTS.get(id));
            default -> SignIn.as(SignIn.DISPATCHER);
        };
        return who.contentType(ContentType.JSON).body(body).post("/api/reports/" + id + "/" + action).then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", equalTo("urn:grid-steward:problem:" + type));
    }

    /** Events in the log, leaving out positions voided by refused appends. */
    private long storedEvents() {
        return database.getCollection("events").countDocuments(com.mongodb.client.model.Filters.ne("void", true));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
