package org.gridsteward.api;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Signs in the test profile's accounts (the demo seed and admin) once each and hands out their tokens. */
public final class SignIn {
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String DEMO_PASSWORD = "grid-steward-demo";
    public static final String GRID_WORKER = "demo-grid-worker";
    public static final String DISPATCHER = "demo-dispatcher";
    public static final String HANDLER = "demo-handler";
    public static final String SUPERVISOR = "demo-supervisor";
    public static final String AUDITOR = "demo-auditor";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private SignIn() {}

    public static String token(String username) {
        return TOKENS.computeIfAbsent(username, u -> token(u, ADMIN.equals(u) ? ADMIN_PASSWORD : DEMO_PASSWORD));
    }

    public static String token(String username, String password) {
        return given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("username", username).formParam("password", password)
                .post("/api/auth/token").then().statusCode(200).extract().path("access_token");
    }

    public static RequestSpecification as(String username) {
        return bearer(token(username));
    }

    public static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
