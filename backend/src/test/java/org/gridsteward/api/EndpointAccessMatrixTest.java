package org.gridsteward.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every operation in the served OpenAPI document, called by every kind of caller: the expected answer is
 * 2xx where the caller has the right, 401 without a valid token, 403 with one that lacks the right. An
 * operation that has no row below fails the test, so no endpoint can be added without deciding who may
 * call it.
 */
@QuarkusTest
class EndpointAccessMatrixTest {
    enum Who { ANONYMOUS, RESIDENT, GRID_WORKER, DISPATCHER, HANDLER, SUPERVISOR, AUDITOR, ADMIN, DISPLAY }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> ADMIN_ONLY = EnumSet.of(Who.ADMIN);

    /** Who may call each operation: the specification this test holds the server to. */
    private static final Map<String, Set<Who>> ALLOWED = Map.ofEntries(
            Map.entry("POST /api/auth/token", EVERYONE),
            Map.entry("GET /api/org", EVERYONE),
            Map.entry("GET /api/org/geo", EVERYONE),
            Map.entry("POST /api/reports", EnumSet.of(Who.ANONYMOUS, Who.RESIDENT, Who.GRID_WORKER, Who.DISPATCHER, Who.ADMIN)),
            Map.entry("GET /api/reports", EnumSet.of(Who.GRID_WORKER, Who.DISPATCHER, Who.SUPERVISOR, Who.AUDITOR, Who.ADMIN, Who.HANDLER)),
            Map.entry("GET /api/reports/{id}", EnumSet.of(Who.RESIDENT, Who.GRID_WORKER, Who.DISPATCHER, Who.SUPERVISOR, Who.AUDITOR, Who.ADMIN, Who.HANDLER)),
            Map.entry("POST /api/reports/{id}/classify", EnumSet.of(Who.DISPATCHER, Who.ADMIN)),
            Map.entry("POST /api/reports/{id}/reject", EnumSet.of(Who.DISPATCHER, Who.ADMIN)),
            Map.entry("POST /api/reports/{id}/dispatch", EnumSet.of(Who.DISPATCHER, Who.ADMIN)),
            Map.entry("POST /api/reports/{id}/extend", EnumSet.of(Who.DISPATCHER, Who.ADMIN)),
            Map.entry("POST /api/reports/{id}/close", EnumSet.of(Who.DISPATCHER, Who.ADMIN)),
            Map.entry("POST /api/reports/{id}/escalate", EnumSet.of(Who.SUPERVISOR, Who.ADMIN)),
            Map.entry("POST /api/reports/{id}/accept", EnumSet.of(Who.HANDLER, Who.ADMIN)),
            Map.entry("POST /api/reports/{id}/return", EnumSet.of(Who.HANDLER, Who.ADMIN)),
            Map.entry("POST /api/reports/{id}/progress", EnumSet.of(Who.HANDLER, Who.ADMIN)),
            Map.entry("POST /api/reports/{id}/resolve", EnumSet.of(Who.HANDLER, Who.ADMIN)),
            Map.entry("POST /api/reports/{id}/verify", EnumSet.of(Who.GRID_WORKER, Who.ADMIN)),
            Map.entry("POST /api/reports/{id}/rate", EnumSet.of(Who.RESIDENT, Who.ADMIN)),
            Map.entry("GET /api/views/{scope}", EnumSet.of(Who.GRID_WORKER, Who.DISPATCHER, Who.SUPERVISOR, Who.AUDITOR, Who.ADMIN, Who.DISPLAY)),
            Map.entry("GET /api/users", ADMIN_ONLY),
            Map.entry("POST /api/users", ADMIN_ONLY),
            Map.entry("POST /api/users/{username}/disable", ADMIN_ONLY),
            Map.entry("POST /api/users/{username}/enable", ADMIN_ONLY),
            Map.entry("POST /api/users/{username}/password", ADMIN_ONLY),
            Map.entry("GET /api/displays", ADMIN_ONLY),
            Map.entry("POST /api/displays", ADMIN_ONLY),
            Map.entry("DELETE /api/displays/{id}", ADMIN_ONLY),
            Map.entry("GET /api/audit/access-log", EnumSet.of(Who.AUDITOR, Who.ADMIN)),
            Map.entry("GET /api/audit/key", EnumSet.of(Who.AUDITOR, Who.ADMIN)),
            Map.entry("GET /api/audit/tree-heads", EnumSet.of(Who.AUDITOR, Who.ADMIN)),
            Map.entry("GET /api/audit/proof/inclusion", EnumSet.of(Who.AUDITOR, Who.ADMIN)),
            Map.entry("GET /api/audit/proof/consistency", EnumSet.of(Who.AUDITOR, Who.ADMIN)),
            Map.entry("GET /api/audit/verify", EnumSet.of(Who.AUDITOR, Who.ADMIN)),
            Map.entry("POST /api/residents/lookup", ADMIN_ONLY),
            Map.entry("DELETE /api/residents/{residentId}", ADMIN_ONLY),
            Map.entry("GET /api/me", EnumSet.of(Who.GRID_WORKER, Who.DISPATCHER, Who.HANDLER, Who.SUPERVISOR, Who.AUDITOR, Who.ADMIN)),
            Map.entry("POST /api/photos", EnumSet.of(Who.ANONYMOUS, Who.RESIDENT, Who.GRID_WORKER, Who.DISPATCHER, Who.ADMIN)),
            Map.entry("GET /api/reports/{id}/photos/{photoId}", EnumSet.of(Who.RESIDENT, Who.GRID_WORKER, Who.DISPATCHER, Who.SUPERVISOR, Who.AUDITOR, Who.ADMIN, Who.HANDLER)));

    private static String displayToken;

    private static synchronized String displayToken() {
        if (displayToken == null) {
            displayToken = SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"matrix\",\"scope\":{\"level\":\"CITY\"}}").post("/api/displays")
                .then().statusCode(201).extract().path("token");
        }
        return displayToken;
    }

    @Test
    void everyOperationAnswersEveryCallerAsItsRuleSays() {
        List<String> operations = servedOperations();
        assertThat(operations).contains("POST /api/reports", "GET /api/users");
        List<String> wrong = new ArrayList<>();
        for (String operation : operations) {
            Set<Who> allowed = ALLOWED.get(operation);
            if (allowed == null) {
                fail("operation " + operation + " has no access expectation; add it to ALLOWED and give it a @Guard");
            }
            // A refused call changes nothing, so the refused callers share one prepared request.
            Prepared shared = prepare(operation);
            for (Who who : Who.values()) {
                Prepared call = allowed.contains(who) ? prepare(operation) : shared;
                Response response = send(operation, call, who);
                int expected = allowed.contains(who) ? call.success() : who == Who.ANONYMOUS ? 401 : 403;
                int status = response.statusCode();
                if (status != expected) {
                    wrong.add(operation + " as " + who + ": expected " + expected + ", got " + status + " " + response.asString());
                } else if (status >= 400 && !response.contentType().startsWith("application/problem+json")) {
                    wrong.add(operation + " as " + who + ": " + status + " without a problem document");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theMatrixHasNoRowsForOperationsThatAreGone() {
        assertThat(servedOperations()).containsAll(ALLOWED.keySet());
    }

    // ---------------------------------------------------------------- the calls

    /** A request ready to succeed for a caller with the right: its path, body and the report it is about. */
    record Prepared(String path, String contentType, Object body, String receipt, int success) {}

    private static Prepared prepare(String operation) {
        String[] parts = operation.split(" ", 2);
        String path = parts[1];
        return switch (operation) {
            case "POST /api/auth/token" -> new Prepared(path, ContentType.URLENC.toString(),
                    Map.of("grant_type", "password", "username", SignIn.DISPATCHER, "password", SignIn.DEMO_PASSWORD), null, 200);
            case "GET /api/org", "GET /api/users", "GET /api/displays", "GET /api/audit/access-log" -> new Prepared(path, null, null, null, 200);
            case "GET /api/reports" -> new Prepared(path, null, null, null, 200);
            case "GET /api/org/geo" -> new Prepared(path, null, null, null, 200);
            case "GET /api/me" -> new Prepared(path, null, null, null, 200);
            case "GET /api/audit/key", "GET /api/audit/tree-heads", "GET /api/audit/verify" -> new Prepared(path, null, null, null, 200);
            case "GET /api/audit/proof/inclusion" -> new Prepared(path + "?position=0&treeSize=" + signedTreeSize(), null, null, null, 200);
            case "GET /api/audit/proof/consistency" -> new Prepared(path + "?from=1&to=" + signedTreeSize(), null, null, null, 200);
            // The demo grid worker's own grid, inside every other area-bound demo account's street.
            case "GET /api/views/{scope}" -> new Prepared(path.replace("{scope}", "grid:g-01-01"), null, null, null, 200);
            case "POST /api/reports" -> new Prepared(path, json(), """
                    {"gridId":"g-01-01","categoryId":"parking","description":"消防通道堵塞"}""", null, 201);
            case "POST /api/users" -> new Prepared(path, json(), "{\"username\":\"m-" + suffix()
                    + "\",\"password\":\"a-long-password\",\"role\":\"AUDITOR\"}", null, 201);
            case "POST /api/users/{username}/disable", "POST /api/users/{username}/enable" ->
                    new Prepared(path.replace("{username}", newAccount()), json(), null, null, 200);
            case "POST /api/users/{username}/password" -> new Prepared(path.replace("{username}", newAccount()), json(),
                    "{\"password\":\"another-long-password\"}", null, 204);
            case "POST /api/displays" -> new Prepared(path, json(),
                    "{\"name\":\"m\",\"scope\":{\"level\":\"COMMUNITY\",\"ids\":[\"cm-heping\"]}}", null, 201);
            case "DELETE /api/displays/{id}" -> new Prepared(path.replace("{id}", newDisplay()), null, null, null, 204);
            case "POST /api/residents/lookup" -> new Prepared(path, json(), "{\"phone\":\"" + newResident()[1] + "\"}", null, 200);
            case "DELETE /api/residents/{residentId}" -> new Prepared(path.replace("{residentId}", newResident()[0]), null, null, null, 204);
            case "POST /api/photos" -> new Prepared(path, "image/png", org.gridsteward.photos.Images.png(), null, 201);
            case "GET /api/reports/{id}/photos/{photoId}" -> preparePhotoRead(path);
            default -> prepareReportAction(operation, path);
        };
    }

    /** A photo of a report dispatched in g-01-01, so the demo handler's department holds it. */
    private static Prepared preparePhotoRead(String path) {
        String photoId = given().contentType("image/png").body(org.gridsteward.photos.Images.png()).post("/api/photos")
                .then().statusCode(201).extract().path("photoId");
        io.restassured.path.json.JsonPath submitted = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"gridId\":\"g-01-01\",\"categoryId\":\"parking\",\"description\":\"楼道堆物\",\"photoIds\":[\"" + photoId + "\"]}")
                .post("/api/reports").then().statusCode(201).extract().jsonPath();
        String id = submitted.getString("reportId");
        SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON).body("{\"categoryId\":\"parking\"}")
                .post("/api/reports/" + id + "/classify").then().statusCode(200);
        SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON).body("{\"departmentId\":\"dept-urban-mgmt\"}")
                .post("/api/reports/" + id + "/dispatch").then().statusCode(200);
        return new Prepared(path.replace("{id}", id).replace("{photoId}", photoId), null, null, submitted.getString("receipt"), 200);
    }

    private static Prepared prepareReportAction(String operation, String path) {
        String action = path.substring(path.lastIndexOf('/') + 1);
        String stage = switch (action) {
            case "classify", "reject" -> "submitted";
            case "{id}" -> "dispatched";
            case "dispatch" -> "classified";
            case "accept", "return" -> "dispatched";
            case "progress", "resolve", "extend", "escalate" -> "accepted";
            case "verify" -> "resolved";
            case "rate", "close" -> "verified";
            default -> throw new AssertionError("operation " + operation + " has no access expectation; add it to ALLOWED");
        };
        String later = Instant.now().plus(30, ChronoUnit.DAYS).toString();
        String body = switch (action) {
            case "classify" -> "{\"categoryId\":\"parking\"}";
            case "reject" -> "{\"reason\":\"重复上报\"}";
            case "dispatch", "accept" -> "{\"departmentId\":\"dept-urban-mgmt\"}";
            case "return" -> "{\"departmentId\":\"dept-urban-mgmt\",\"reason\":\"不属本部门\"}";
            case "progress" -> "{\"note\":\"已到场\"}";
            case "resolve" -> "{\"departmentId\":\"dept-urban-mgmt\",\"resolution\":\"已清理\"}";
            case "extend" -> "{\"newDueAt\":\"" + later + "\",\"reason\":\"需协调\"}";
            case "verify" -> "{\"passed\":true}";
            case "rate" -> "{\"satisfaction\":\"SATISFIED\"}";
            case "close", "escalate" -> "{}";
            default -> null;
        };
        String[] report = reportAt(stage);
        return new Prepared(path.replace("{id}", report[0]), body == null ? null : json(), body, report[1], 200);
    }

    private static Response send(String operation, Prepared call, Who who) {
        RequestSpecification request = switch (who) {
            case ANONYMOUS -> given();
            case RESIDENT -> SignIn.bearer(call.receipt() != null ? call.receipt() : receiptOfAnotherReport());
            case GRID_WORKER -> SignIn.as(SignIn.GRID_WORKER);
            case DISPATCHER -> SignIn.as(SignIn.DISPATCHER);
            case HANDLER -> SignIn.as(SignIn.HANDLER);
            case SUPERVISOR -> SignIn.as(SignIn.SUPERVISOR);
            case AUDITOR -> SignIn.as(SignIn.AUDITOR);
            case ADMIN -> SignIn.as(SignIn.ADMIN);
            case DISPLAY -> SignIn.bearer(displayToken());
        };
        if (call.contentType() != null) {
            request.contentType(call.contentType());
        }
        if (call.body() instanceof Map<?, ?> form) {
            form.forEach((k, v) -> request.formParam((String) k, v));
        } else if (call.body() instanceof byte[] bytes) {
            request.body(bytes);
        } else if (call.body() != null) {
            request.body(call.body());
        }
        request.header("Idempotency-Key", UUID.randomUUID().toString());
        String method = operation.substring(0, operation.indexOf(' '));
        return request.request(method, call.path());
    }

    // ---------------------------------------------------------------- setting the stage, as admin

    /** The size of a signed tree head, once the sealer has sealed at least one event. */
    private static long signedTreeSize() {
        reportAt("submitted");
        long[] size = {0};
        org.gridsteward.views.Poll.until(java.time.Duration.ofSeconds(30), () -> {
            java.util.List<Integer> sizes = SignIn.as(SignIn.ADMIN).get("/api/audit/tree-heads").then().statusCode(200)
                    .extract().path("treeSize");
            size[0] = sizes.isEmpty() ? 0 : sizes.get(sizes.size() - 1);
            return size[0] > 0;
        }, "a signed tree head");
        return size[0];
    }

    /** A report in g-01-01 brought to {@code stage}: its id and its receipt. */
    private static String[] reportAt(String stage) {
        io.restassured.path.json.JsonPath submitted = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"gridId\":\"g-01-01\",\"categoryId\":\"parking\",\"description\":\"楼道堆物\"}")
                .post("/api/reports").then().statusCode(201).extract().jsonPath();
        String id = submitted.getString("reportId");
        List<String[]> steps = List.of(
                new String[] {"classified", "classify", "{\"categoryId\":\"parking\"}"},
                new String[] {"dispatched", "dispatch", "{\"departmentId\":\"dept-urban-mgmt\"}"},
                new String[] {"accepted", "accept", "{\"departmentId\":\"dept-urban-mgmt\"}"},
                new String[] {"resolved", "resolve", "{\"departmentId\":\"dept-urban-mgmt\",\"resolution\":\"已清理\"}"},
                new String[] {"verified", "verify", "{\"passed\":true}"});
        if (!stage.equals("submitted")) {
            for (String[] step : steps) {
                SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON).body(step[2])
                        .post("/api/reports/" + id + "/" + step[1]).then().statusCode(200);
                if (step[0].equals(stage)) {
                    break;
                }
            }
        }
        return new String[] {id, submitted.getString("receipt")};
    }

    private static String receiptOfAnotherReport() {
        return reportAt("submitted")[1];
    }

    private static String newAccount() {
        String name = "m-" + suffix();
        SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON)
                .body("{\"username\":\"" + name + "\",\"password\":\"a-long-password\",\"role\":\"AUDITOR\"}")
                .post("/api/users").then().statusCode(201);
        return name;
    }

    /** A resident who reported with a phone number of their own: their id and that number. */
    private static String[] newResident() {
        String phone = "139" + String.format("%08d", (long) (Math.random() * 100_000_000));
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"gridId\":\"g-01-01\",\"categoryId\":\"parking\",\"description\":\"楼道堆物\","
                        + "\"reporter\":{\"name\":\"王五\",\"phone\":\"" + phone + "\"}}")
                .post("/api/reports").then().statusCode(201).extract().path("reportId");
        String residentId = SignIn.as(SignIn.ADMIN).get("/api/reports/" + id).then().statusCode(200).extract().path("reporter.residentId");
        return new String[] {residentId, phone};
    }

    private static String newDisplay() {
        return SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"m\",\"scope\":{\"level\":\"CITY\"}}").post("/api/displays")
                .then().statusCode(201).extract().path("display.id");
    }

    /** "METHOD path" for every operation the server describes, from the document it serves. */
    private static List<String> servedOperations() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        Map<String, Boolean> operations = new TreeMap<>();
        paths.forEach((path, methods) -> methods.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> operations.put(m.toUpperCase() + " " + path, true)));
        return new ArrayList<>(operations.keySet());
    }

    private static String json() {
        return ContentType.JSON.toString();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
