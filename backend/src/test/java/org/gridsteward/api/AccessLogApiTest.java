package org.gridsteward.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessLogApiTest {

    @Test
    void aReadOfAReportIsRecordedForTheAuditor() {
        String id = submit();
        SignIn.as(SignIn.DISPATCHER).get("/api/reports/" + id).then().statusCode(200);

        assertThat(entriesFor("/api/reports/" + id)).anySatisfy(entry -> {
            assertThat(entry).containsEntry("callerId", SignIn.DISPATCHER).containsEntry("role", "DISPATCHER")
                    .containsEntry("action", "READ_REPORT").containsEntry("method", "GET").containsEntry("status", 200);
        });
    }

    @Test
    void aRefusedChangeIsRecordedWithItsStatus() {
        String id = submit();
        SignIn.as(SignIn.HANDLER).contentType(ContentType.JSON).body("{\"categoryId\":\"parking\"}")
                .post("/api/reports/" + id + "/classify").then().statusCode(403);

        assertThat(entriesFor("/api/reports/" + id + "/classify")).anySatisfy(entry ->
                assertThat(entry).containsEntry("callerId", SignIn.HANDLER).containsEntry("status", 403));
    }

    @jakarta.inject.Inject
    org.gridsteward.audit.AccessLog accessLog;

    @Test
    void concurrentAppendsEachGetTheirOwnPosition() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        String caller = "concurrent-" + UUID.randomUUID();
        for (int i = 0; i < 200; i++) {
            pool.submit(() -> accessLog.append(java.time.Instant.now(), caller, "AUDITOR", "READ_REPORT", "GET", "/x", 200));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)).isTrue();

        List<org.gridsteward.audit.AccessLog.Entry> all = new java.util.ArrayList<>();
        for (long from = 1; ; from += 500) {
            List<org.gridsteward.audit.AccessLog.Entry> page = accessLog.read(from, 500);
            all.addAll(page);
            if (page.isEmpty()) {
                break;
            }
        }
        assertThat(all.stream().filter(e -> caller.equals(e.callerId()))).hasSize(200);
        assertThat(all.stream().map(org.gridsteward.audit.AccessLog.Entry::position).distinct()).hasSize(all.size());
    }

    @Test
    void onlyAuditorsAndAdminReadTheLog() {
        SignIn.as(SignIn.SUPERVISOR).get("/api/audit/access-log").then().statusCode(403);
        SignIn.as(SignIn.AUDITOR).get("/api/audit/access-log").then().statusCode(200);
    }

    @Test
    void aPageSizeOutOfRangeIsRefusedNamingIt() {
        SignIn.as(SignIn.AUDITOR).queryParam("limit", "5000").get("/api/audit/access-log").then().statusCode(422)
                .body("errors[0].field", equalTo("limit"));
    }

    /**
     * Reads the whole log page by page, as an auditor would, and keeps the entries for one path. Each read is
     * itself recorded, so the end is the first page that is not full.
     */
    private static List<Map<String, Object>> entriesFor(String path) {
        List<Map<String, Object>> matching = new java.util.ArrayList<>();
        long from = 1;
        while (true) {
            io.restassured.path.json.JsonPath page = SignIn.as(SignIn.AUDITOR).queryParam("from", from).queryParam("limit", 500)
                    .get("/api/audit/access-log").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> entries = page.getList("entries");
            entries.stream().filter(e -> path.equals(e.get("path"))).forEach(matching::add);
            if (entries.size() < 500) {
                return matching;
            }
            from = page.getLong("next");
        }
    }

    private static String submit() {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"gridId\":\"g-01-01\",\"categoryId\":\"parking\",\"description\":\"楼道堆物\"}")
                .post("/api/reports").then().statusCode(201).extract().path("reportId");
    }
}
