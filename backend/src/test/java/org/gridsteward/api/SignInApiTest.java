package org.gridsteward.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.UUID;
import org.gridsteward.auth.SigningKey;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInApiTest {
    private static final String SUBMISSION = """
            {"gridId":"g-01-01","categoryId":"parking","description":"楼道堆放杂物"}""";

    @Inject
    SigningKey signingKey;

    @Test
    void thePasswordGrantAnswersABearerTokenThatExpires() {
        given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("username", SignIn.DISPATCHER).formParam("password", SignIn.DEMO_PASSWORD)
                .post("/api/auth/token").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("access_token", notNullValue())
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(8 * 3600));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserAreTheSame401() {
        problem(signIn(SignIn.DISPATCHER, "not-the-password"), 401, "invalid-credentials");
        problem(signIn("nobody-here", "not-the-password"), 401, "invalid-credentials");
    }

    @Test
    void anotherGrantTypeIs400NamingIt() {
        problem(given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("username", "x").formParam("password", "y").post("/api/auth/token").then(), 400, "invalid-fields")
                .body("errors.field", hasItem("grant_type"));
    }

    @Test
    void aMissingTokenIs401() {
        problem(given().get("/api/reports/2099010100001").then(), 401, "unauthenticated");
    }

    @Test
    void aMalformedTokenIs401() {
        problem(SignIn.bearer("not.a.token").get("/api/users").then(), 401, "unauthenticated");
    }

    @Test
    void anExpiredTokenIs401() {
        String expired = Jwt.issuer("urn:grid-steward").subject(SignIn.ADMIN).claim("knd", "account").claim("gen", 0)
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(60))
                .jws().sign(signingKey.privateKey());
        problem(SignIn.bearer(expired).get("/api/users").then(), 401, "unauthenticated");
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String foreign = Jwt.issuer("urn:grid-steward").subject(SignIn.ADMIN).claim("knd", "account").claim("gen", 0)
                .expiresIn(600).jws().sign(generator.generateKeyPair().getPrivate());
        problem(SignIn.bearer(foreign).get("/api/users").then(), 401, "unauthenticated");
    }

    @Test
    void aValidTokenWithoutTheRightIs403() {
        problem(SignIn.as(SignIn.AUDITOR).get("/api/users").then(), 403, "forbidden");
    }

    @Test
    void adminCreatesAnAccountThatCanSignIn() {
        String name = "worker-" + suffix();
        createAccount(name, "GRID_WORKER", "{\"level\":\"GRID\",\"ids\":[\"g-05-01\"]}", null).statusCode(201)
                .body("username", equalTo(name)).body("scope.ids", hasItem("g-05-01")).body("$", not(org.hamcrest.Matchers.hasKey("password")));
        SignIn.as(SignIn.ADMIN).get("/api/users").then().statusCode(200).body("username", hasItem(name));
        assertThat(SignIn.token(name, "a-long-password")).isNotBlank();
    }

    @Test
    void aTakenUsernameIs409() {
        problem(createAccount(SignIn.DISPATCHER, "DISPATCHER", "{\"level\":\"CITY\"}", null), 409, "username-taken");
    }

    @Test
    void aHandlerWithoutAnExistingDepartmentIs422() {
        problem(createAccount("handler-" + suffix(), "DEPARTMENT_HANDLER", null, "dept-nowhere"), 422, "unknown-reference")
                .body("errors[0].field", equalTo("departmentId"));
    }

    @Test
    void aScopeNamingAnUnknownPlaceIs422() {
        problem(createAccount("worker-" + suffix(), "GRID_WORKER", "{\"level\":\"GRID\",\"ids\":[\"g-99-99\"]}", null), 422, "rule-violated")
                .body("errors[0].field", equalTo("scope.ids"));
    }

    @Test
    void disablingAnAccountStopsItsTokensAtOnce() {
        String name = "worker-" + suffix();
        createAccount(name, "GRID_WORKER", "{\"level\":\"GRID\",\"ids\":[\"g-01-01\"]}", null).statusCode(201);
        String token = SignIn.token(name, "a-long-password");
        SignIn.bearer(token).get("/api/org").then().statusCode(200);

        SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON).post("/api/users/" + name + "/disable").then().statusCode(200).body("enabled", equalTo(false));

        problem(SignIn.bearer(token).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(SUBMISSION).post("/api/reports").then(), 401, "unauthenticated");
        problem(signIn(name, "a-long-password"), 401, "invalid-credentials");
    }

    @Test
    void resettingAPasswordVoidsEarlierTokens() {
        String name = "worker-" + suffix();
        createAccount(name, "GRID_WORKER", "{\"level\":\"GRID\",\"ids\":[\"g-01-01\"]}", null).statusCode(201);
        String before = SignIn.token(name, "a-long-password");

        SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON).body("{\"password\":\"another-long-password\"}")
                .post("/api/users/" + name + "/password").then().statusCode(204);

        problem(SignIn.bearer(before).get("/api/org").then(), 401, "unauthenticated");
        problem(signIn(name, "a-long-password"), 401, "invalid-credentials");
        assertThat(SignIn.token(name, "another-long-password")).isNotBlank();
    }

    @Test
    void aDisplayTokenIsListedAndStopsWorkingWhenRevoked() {
        ValidatableResponse issued = SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"lobby\",\"scope\":{\"level\":\"STREET\",\"ids\":[\"st-nanhu\"]}}")
                .post("/api/displays").then().statusCode(201)
                .body("wallPath", org.hamcrest.Matchers.startsWith("/wall#token="));
        String id = issued.extract().path("display.id");
        String token = issued.extract().path("token");
        SignIn.as(SignIn.ADMIN).get("/api/displays").then().statusCode(200)
                .body("id", hasItem(id)).body("token", not(hasItem(token)));
        SignIn.bearer(token).get("/api/org").then().statusCode(200);
        problem(SignIn.bearer(token).get("/api/reports/2099010100001").then(), 403, "forbidden");

        SignIn.as(SignIn.ADMIN).delete("/api/displays/" + id).then().statusCode(204);

        problem(SignIn.bearer(token).get("/api/org").then(), 401, "unauthenticated");
    }

    @Test
    void theReceiptReadsAndRatesOnlyItsOwnReport() {
        io.restassured.path.json.JsonPath mine = submit();
        io.restassured.path.json.JsonPath theirs = submit();

        SignIn.bearer(mine.getString("receipt")).get("/api/reports/" + mine.getString("reportId")).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("timeline[0].type", equalTo("ReportSubmitted"))
                .body("timeline[0]", not(org.hamcrest.Matchers.hasKey("actor")))
                .body("$", not(org.hamcrest.Matchers.hasKey("state")));
        problem(SignIn.bearer(mine.getString("receipt")).get("/api/reports/" + theirs.getString("reportId")).then(), 403, "forbidden");
        problem(SignIn.bearer(mine.getString("receipt")).contentType(ContentType.JSON).body("{\"satisfaction\":\"SATISFIED\"}")
                .post("/api/reports/" + theirs.getString("reportId") + "/rate").then(), 403, "forbidden");
        problem(SignIn.bearer(mine.getString("receipt")).contentType(ContentType.JSON).body("{\"categoryId\":\"parking\"}")
                .post("/api/reports/" + mine.getString("reportId") + "/classify").then(), 403, "forbidden");
    }

    @Test
    void theEventNamesTheSignedInCaller() {
        String id = submit().getString("reportId");
        SignIn.as(SignIn.DISPATCHER).contentType(ContentType.JSON).body("{\"categoryId\":\"parking\"}")
                .post("/api/reports/" + id + "/classify").then().statusCode(200)
                .body("timeline[1].actor.id", equalTo(SignIn.DISPATCHER))
                .body("timeline[1].actor.role", equalTo("DISPATCHER"))
                .body("timeline[0].actor.id", equalTo("receipt:" + id));
    }

    @Test
    void aDispatcherOfAnotherStreetIs403AndChangesNothing() {
        String name = "dispatcher-" + suffix();
        createAccount(name, "DISPATCHER", "{\"level\":\"STREET\",\"ids\":[\"st-nanhu\"]}", null).statusCode(201);
        String id = submit().getString("reportId");

        problem(SignIn.bearer(SignIn.token(name, "a-long-password")).contentType(ContentType.JSON)
                .body("{\"categoryId\":\"parking\"}").post("/api/reports/" + id + "/classify").then(), 403, "forbidden");
        SignIn.as(SignIn.DISPATCHER).get("/api/reports/" + id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aHandlerSeesNothingNotDispatchedToTheirDepartment() {
        String id = submit().getString("reportId");
        problem(SignIn.as(SignIn.HANDLER).get("/api/reports/" + id).then(), 403, "forbidden");
        SignIn.as(SignIn.DISPATCHER).contentType(ContentType.JSON).body("{\"categoryId\":\"parking\"}").post("/api/reports/" + id + "/classify");
        SignIn.as(SignIn.DISPATCHER).contentType(ContentType.JSON).body("{\"departmentId\":\"dept-urban-mgmt\"}")
                .post("/api/reports/" + id + "/dispatch").then().statusCode(200);
        SignIn.as(SignIn.HANDLER).get("/api/reports/" + id).then().statusCode(200);
    }

    @Test
    void anAnonymousSubmitterCannotClaimAStaffChannel() {
        problem(given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(SUBMISSION.replace("}", ",\"channel\":\"GRID_WORKER_APP\"}")).post("/api/reports").then(), 403, "forbidden");
    }

    @Test
    void aGridWorkerSubmitsInTheirGridButNotOutsideIt() {
        SignIn.as(SignIn.GRID_WORKER).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(SUBMISSION.replace("}", ",\"channel\":\"GRID_WORKER_APP\"}")).post("/api/reports").then().statusCode(201);
        problem(SignIn.as(SignIn.GRID_WORKER).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(SUBMISSION.replace("g-01-01", "g-05-01")).post("/api/reports").then(), 403, "forbidden");
    }

    // ---------------------------------------------------------------- helpers

    private static io.restassured.path.json.JsonPath submit() {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString()).body(SUBMISSION)
                .post("/api/reports").then().statusCode(201).body("receipt", notNullValue()).extract().jsonPath();
    }

    private static ValidatableResponse signIn(String username, String password) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("username", username).formParam("password", password).post("/api/auth/token").then();
    }

    private static ValidatableResponse createAccount(String username, String role, String scope, String department) {
        String body = "{\"username\":\"" + username + "\",\"password\":\"a-long-password\",\"role\":\"" + role + "\""
                + (scope == null ? "" : ",\"scope\":" + scope)
                + (department == null ? "" : ",\"departmentId\":\"" + department + "\"") + "}";
        return SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON).body(body).post("/api/users").then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", equalTo("urn:grid-steward:problem:" + type));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
