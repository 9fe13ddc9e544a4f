package org.gridsteward.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PagesTest {
    private static final Pattern SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"");

    @ParameterizedTest
    @ValueSource(strings = {"wall", "console", "report"})
    void eachPageIsServedAtItsPlainPathUnderTheStrictPolicy(String page) {
        given().redirects().follow(false).when().get("/" + page + "?scope=city")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Cache-Control", "no-cache")
                .body(containsString("<div id=\"app\"></div>"));
    }

    @Test
    void thePagesScriptsAreServedAndCachedForGood() {
        String html = given().get("/wall").then().statusCode(200).extract().asString();
        Matcher script = SCRIPT.matcher(html);
        assertThat(script.find()).as("the page names its script: %s", html).isTrue();
        given().get(script.group(1)).then().statusCode(200)
                .contentType(containsString("javascript"))
                .header("Cache-Control", containsString("immutable"));
    }

    @Test
    void theRootLeadsToTheWall() {
        given().redirects().follow(false).get("/").then().statusCode(302).header("Location", containsString("/wall"));
    }
}
