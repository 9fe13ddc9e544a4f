package org.gridsteward.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.gridsteward.api.SignIn;
import org.junit.jupiter.api.Test;

/** The tracker as the application runs it: on the system clock, seen through a report's timeline. */
@QuarkusTest
class DeadlineApiTest {

    @Test
    void anUnsignedReportPastItsDueTimesShowsBothOverdueMarksInItsTimeline() throws InterruptedException {
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"gridId":"g-01-01","categoryId":"garbage","description":"垃圾桶满溢三天未清运"}""")
                .post("/api/reports").then().statusCode(201).extract().path("reportId");
        SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON).body("{\"categoryId\":\"garbage\"}")
                .post("/api/reports/" + id + "/classify").then().statusCode(200);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON)
                .body("{\"departmentId\":\"dept-urban-mgmt\",\"signOffDueAt\":\"%s\",\"dueAt\":\"%s\"}"
                        .formatted(now.plusSeconds(2), now.plusSeconds(3)))
                .post("/api/reports/" + id + "/dispatch").then().statusCode(200);

        List<String> types = List.of();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (!types.contains("ResolutionOverdue") && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
            types = SignIn.as(SignIn.ADMIN).get("/api/reports/" + id).then().statusCode(200).extract().path("timeline.type");
        }

        assertThat(types).containsSubsequence("ReportDispatched", "SignOffOverdue", "ResolutionOverdue");
        assertThat(types.stream().filter(t -> t.endsWith("Overdue"))).hasSize(2);
    }
}
