package org.gridsteward.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void responsesForbidSniffingFramingAndForeignScripts() {
        given().get("/api/org").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("script-src 'self'"));
    }

    @Test
    void errorAnswersCarryTheHeadersToo() {
        given().get("/api/users").then().statusCode(401).header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void noOtherOriginIsAllowedToCallTheApi() {
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type")
                .options("/api/reports").then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
        given().header("Origin", "https://elsewhere.example").get("/api/org").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aBodyOverTheLimitIsAProblemBeforeItIsRead() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "oversized-1").body("{\"description\":\"" + "x".repeat(70_000) + "\"}")
                .post("/api/reports").then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:grid-steward:problem:body-too-large"));
    }

    @Test
    void aBrokenFormIs400NotAServerError() {
        given().contentType(ContentType.URLENC).body("grant_type=password&username=%%%&password=x")
                .post("/api/auth/token").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:grid-steward:problem:malformed-form"));
    }

    @Test
    void aNumberWhereTextBelongsIs400() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "coerced-number-1")
                .body("{\"gridId\":101,\"categoryId\":\"parking\",\"description\":\"x\"}")
                .post("/api/reports").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("gridId"));
    }

    @Test
    void aSecondDocumentAfterTheBodyIs400() {
        String body = "{\"gridId\":\"g-01-01\",\"categoryId\":\"parking\",\"description\":\"x\"}";
        given().contentType(ContentType.JSON).header("Idempotency-Key", "trailing-doc-1").body(body + body)
                .post("/api/reports").then().statusCode(400).contentType("application/problem+json");
    }
}
