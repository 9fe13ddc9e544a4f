package org.gridsteward.views;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import org.gridsteward.api.SignIn;
import java.util.UUID;

/** Moves reports through their life over the real API. */
public final class ReportTraffic {
    private ReportTraffic() {}

    public static String submit(String gridId, String categoryId) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"gridId":"%s","categoryId":"%s","description":"楼道堆放杂物",
                         "reporter":{"name":"张三丰","phone":"13800138000"}}""".formatted(gridId, categoryId))
                .post("/api/reports").then().statusCode(201).extract().path("reportId");
    }

    public static void act(String reportId, String action, String body) {
        SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON).body(body)
                .post("/api/reports/" + reportId + "/" + action).then().statusCode(200);
    }

    /** Submitted, classified, dispatched, signed for, resolved, verified and rated 满意. */
    public static String handledToTheEnd(String gridId, String departmentId) {
        String id = submit(gridId, "parking");
        act(id, "classify", "{\"categoryId\":\"fire-lane\"}");
        act(id, "dispatch", "{\"departmentId\":\"" + departmentId + "\"}");
        act(id, "accept", "{\"departmentId\":\"" + departmentId + "\"}");
        act(id, "resolve", "{\"departmentId\":\"" + departmentId + "\",\"resolution\":\"已清理\"}");
        act(id, "verify", "{\"passed\":true}");
        act(id, "rate", "{\"satisfaction\":\"SATISFIED\"}");
        return id;
    }
}
