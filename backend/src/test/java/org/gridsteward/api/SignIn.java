package org.gridsteward.api;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Signs in the test profile's accounts (the demo seed and admin) once each and hands out their tokens. */
final class SignIn {
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "test-admin-password";
    static final String DEMO_PASSWORD = "grid-steward-demo";
    static final String GRID_WORKER = "demo-grid-worker";
    static final String DISPATCHER = "demo-dispatcher";
    static final String HANDLER = "demo-handler";
    static final String SUPERVISOR = "demo-supervisor";
    static final String AUDITOR = "demo-auditor";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private SignIn() {}

    static String token(String username) {
        return TOKENS.computeIfAbsent(username, u -> token(u, ADMIN.equals(u) ? ADMIN_PASSWORD : DEMO_PASSWORD));
    }

    static String token(String username, String password) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("username", username).formParam("password", password)
                .post("/api/auth/token").then().statusCode(200).extract().path("access_token");
    }

    static RequestSpecification as(String username) {
        return bearer(token(username));
    }

    static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
