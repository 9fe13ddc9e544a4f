package org.gridsteward.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.mongodb.client.MongoDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.bson.RawBsonDocument;
import org.bson.codecs.RawBsonDocumentCodec;
import org.gridsteward.api.SignIn;
import org.gridsteward.views.Masking;
import org.gridsteward.views.Poll;
import org.gridsteward.views.ViewProcessing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A resident reports with their name and phone number, their report goes its whole way, and they are erased:
 * afterwards no collection of the database and no line the application logged holds their name or number in
 * any form, while the report's events, the views' counts and rates stay exactly as they were.
 */
@QuarkusTest
class ResidentErasureApiTest {
    private static final String GRID = "g-01-01";

    @Inject
    MongoDatabase database;

    @Inject
    ViewProcessing processing;

    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (logged) {
                logged.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters())
                        + (record.getThrown() == null ? "" : " " + stackTrace(record.getThrown())));
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureTheLog() {
        java.util.logging.Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        java.util.logging.Logger.getLogger("").removeHandler(capture);
    }

    /** A name and a number no other test uses, so finding them anywhere can only mean this resident. */
    private record Person(String name, String phone) {
        static Person unique() {
            String[] given = {"晓", "婉", "静", "琳", "瑶", "慧", "雯", "倩"};
            ThreadLocalRandom random = ThreadLocalRandom.current();
            // The last character is drawn from the whole common CJK block: the masked form (聂*X) keeps it, and
            // another resident of these tests sharing it would be found as if it were this one.
            String name = "聂" + given[random.nextInt(given.length)] + (char) random.nextInt(0x4E00, 0x9FA6);
            return new Person(name, "137" + String.format("%08d", random.nextLong(100_000_000L)));
        }
    }

    @Test
    void anErasedResidentIsNowhereWhileTheirReportCountsAsBefore() {
        Person person = Person.unique();
        String[] submitted = submitAndCarryThrough(person);
        String reportId = submitted[0];
        awaitViews();

        JsonPath before = read(reportId, SignIn.DISPATCHER);
        String residentId = before.getString("reporter.residentId");
        assertThat(before.getString("reporter.name")).isEqualTo(person.name());
        assertThat(before.getString("reporter.phone")).isEqualTo(person.phone());
        assertThat(tickerEntry(reportId).get("reporterPhone")).isEqualTo(Masking.phone(person.phone()));
        String figuresBefore = view("grid:" + GRID).getString("figures") + view("city").getString("departments");
        List<String> eventsBefore = storedEvents(reportId);
        assertThat(found(searchForms(person))).as("the database holds the clear text only encrypted").isEmpty();
        assertThat(found(List.of(Masking.phone(person.phone())))).as("the scan sees the ticker's masked number").isNotEmpty();

        SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON).body("{\"phone\":\"" + person.phone() + "\"}")
                .post("/api/residents/lookup").then().statusCode(200).body("residentId", equalTo(residentId));
        SignIn.as(SignIn.ADMIN).delete("/api/residents/" + residentId).then().statusCode(204);
        awaitViews();
        Poll.until(Duration.ofSeconds(10), () -> Masking.ERASED.equals(tickerEntry(reportId).get("reporterPhone")),
                "the ticker shows the erased marker");

        JsonPath after = read(reportId, SignIn.DISPATCHER);
        assertThat(after.getString("reporter.shown")).isEqualTo("ERASED");
        assertThat(after.getString("reporter.name")).isEqualTo(Masking.ERASED);
        assertThat(after.getLong("version")).isEqualTo(before.getLong("version"));
        assertThat(after.getString("state.lastSatisfaction")).isEqualTo("SATISFIED");
        assertThat(storedEvents(reportId)).as("the report's events, byte for byte").isEqualTo(eventsBefore);
        assertThat(view("grid:" + GRID).getString("figures") + view("city").getString("departments")).isEqualTo(figuresBefore);

        List<String> forms = new ArrayList<>(searchForms(person));
        forms.add(Masking.phone(person.phone()));
        forms.add(Masking.name(person.name()));
        assertThat(found(forms)).as("collections holding the resident after erasure").isEmpty();
        org.jboss.logging.Logger.getLogger(ResidentErasureApiTest.class).info("log capture check");
        synchronized (logged) {
            assertThat(logged).as("the capture sees the application's log").anyMatch(line -> line.contains("log capture check"));
            assertThat(logged).noneMatch(line -> forms.stream().anyMatch(line::contains));
        }
        SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON).body("{\"phone\":\"" + person.phone() + "\"}")
                .post("/api/residents/lookup").then().statusCode(404);
    }

    @Test
    void theSamePhoneNumberIsTheSameResidentAndSupervisorsSeeItMasked() {
        Person person = Person.unique();
        String first = submit(person);
        String second = submit(new Person("另一个名字", person.phone()));

        JsonPath one = read(first, SignIn.SUPERVISOR);
        JsonPath other = read(second, SignIn.SUPERVISOR);
        assertThat(one.getString("reporter.residentId")).isEqualTo(other.getString("reporter.residentId"));
        assertThat(one.getString("reporter.shown")).isEqualTo("MASKED");
        assertThat(one.getString("reporter.phone")).isEqualTo(Masking.phone(person.phone()));
        assertThat(one.getString("reporter.name")).isEqualTo(Masking.name(person.name()));
        assertThat(one.prettify()).doesNotContain(person.phone()).doesNotContain(person.name());
    }

    @Test
    void everyReadingInClearIsInTheAccessLog() {
        String reportId = submit(Person.unique());
        String residentId = read(reportId, SignIn.GRID_WORKER).getString("reporter.residentId");

        String path = "/api/reports/" + reportId + "#resident=" + residentId;
        org.bson.Document recorded = database.getCollection("access_log").find(new org.bson.Document("path", path)).first();
        assertThat(recorded).as("an access log entry for the reading").isNotNull();

        Map<String, Object> entry = SignIn.as(SignIn.AUDITOR).queryParam("from", recorded.get("_id")).queryParam("limit", 1)
                .get("/api/audit/access-log").then().statusCode(200).extract().jsonPath().getMap("entries[0]");
        assertThat(entry).containsEntry("action", ReporterDisclosure.READ_IN_CLEAR).containsEntry("callerId", SignIn.GRID_WORKER)
                .containsEntry("role", "GRID_WORKER").containsEntry("path", path);
    }

    @Test
    void aMaskedReadingIsNotRecordedAsAReadingInClear() {
        String reportId = submit(Person.unique());
        String residentId = read(reportId, SignIn.SUPERVISOR).getString("reporter.residentId");

        assertThat(database.getCollection("access_log")
                .find(new org.bson.Document("path", "/api/reports/" + reportId + "#resident=" + residentId)).first()).isNull();
    }

    @Test
    void erasingTwiceChangesNothingAndAnUnknownResidentIsNotFound() {
        String reportId = submit(Person.unique());
        String residentId = read(reportId, SignIn.ADMIN).getString("reporter.residentId");
        SignIn.as(SignIn.ADMIN).delete("/api/residents/" + residentId).then().statusCode(204);

        SignIn.as(SignIn.ADMIN).delete("/api/residents/" + residentId).then().statusCode(204);
        SignIn.as(SignIn.ADMIN).delete("/api/residents/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        SignIn.as(SignIn.ADMIN).delete("/api/residents/not-an-id").then().statusCode(404);
        // The erasure is recorded under the resident's id; that is no report.
        SignIn.as(SignIn.ADMIN).get("/api/reports/" + residentId).then().statusCode(404).contentType("application/problem+json");
    }

    // ---------------------------------------------------------------- steps

    private static String submit(Person person) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"gridId\":\"" + GRID + "\",\"categoryId\":\"parking\",\"description\":\"消防通道被占用\","
                        + "\"reporter\":{\"name\":\"" + person.name() + "\",\"phone\":\"" + person.phone() + "\"}}")
                .post("/api/reports").then().statusCode(201).extract().path("reportId");
    }

    /** Submitted, handled, verified and rated satisfied: its id and receipt. */
    private static String[] submitAndCarryThrough(Person person) {
        JsonPath receipt = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"gridId\":\"" + GRID + "\",\"categoryId\":\"parking\",\"description\":\"消防通道被占用\","
                        + "\"reporter\":{\"name\":\"" + person.name() + "\",\"phone\":\"" + person.phone() + "\"}}")
                .post("/api/reports").then().statusCode(201).extract().jsonPath();
        String id = receipt.getString("reportId");
        for (String[] step : List.of(
                new String[] {"classify", "{\"categoryId\":\"parking\"}"},
                new String[] {"dispatch", "{\"departmentId\":\"dept-urban-mgmt\"}"},
                new String[] {"accept", "{\"departmentId\":\"dept-urban-mgmt\"}"},
                new String[] {"resolve", "{\"departmentId\":\"dept-urban-mgmt\",\"resolution\":\"已清理\"}"},
                new String[] {"verify", "{\"passed\":true}"})) {
            SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON).body(step[1]).post("/api/reports/" + id + "/" + step[0])
                    .then().statusCode(200);
        }
        SignIn.bearer(receipt.getString("receipt")).contentType(ContentType.JSON).body("{\"satisfaction\":\"SATISFIED\"}")
                .post("/api/reports/" + id + "/rate").then().statusCode(200);
        return new String[] {id, receipt.getString("receipt")};
    }

    private static JsonPath read(String reportId, String who) {
        return SignIn.as(who).get("/api/reports/" + reportId).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath view(String scope) {
        return SignIn.as(SignIn.ADMIN).get("/api/views/" + scope).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> tickerEntry(String reportId) {
        List<Map<String, Object>> ticker = view("grid:" + GRID).getList("ticker");
        return ticker.stream().filter(e -> reportId.equals(e.get("reportId")) && "ReportSubmitted".equals(e.get("type")))
                .findFirst().orElse(Map.of());
    }

    private void awaitViews() {
        Poll.until(Duration.ofSeconds(10), () -> processing.caughtUp(), "views caught up");
    }

    /** The report's event documents as stored, in order. */
    private List<String> storedEvents(String reportId) {
        List<String> found = new ArrayList<>();
        database.getCollection("events").find(new org.bson.Document("aggregateId", reportId))
                .sort(new org.bson.Document("seq", 1)).forEach(d -> found.add(d.toJson()));
        assertThat(found).isNotEmpty();
        return found;
    }

    // ---------------------------------------------------------------- the search

    /** The person's details as they could be written anywhere: UTF-8, UTF-16, escaped JSON, base64, digits. */
    private static List<String> searchForms(Person person) {
        List<String> forms = new ArrayList<>(List.of(person.name(), person.phone(),
                person.phone().substring(0, 3) + " " + person.phone().substring(3, 7) + " " + person.phone().substring(7),
                person.phone().substring(0, 3) + "-" + person.phone().substring(3, 7) + "-" + person.phone().substring(7),
                jsonEscaped(person.name())));
        for (String value : List.of(person.name(), person.phone())) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            forms.add(Base64.getEncoder().encodeToString(utf8));
            forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(utf8));
        }
        return forms;
    }

    private static String jsonEscaped(String value) {
        StringBuilder escaped = new StringBuilder();
        value.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
        return escaped.toString();
    }

    /** "collection: form" for every form found in any document of any collection, as JSON text or raw bytes. */
    private List<String> found(List<String> forms) {
        List<String> hits = new ArrayList<>();
        for (String collection : database.listCollectionNames()) {
            for (RawBsonDocument document : database.getCollection(collection, RawBsonDocument.class)
                    .withCodecRegistry(org.bson.codecs.configuration.CodecRegistries.fromCodecs(new RawBsonDocumentCodec()))
                    .find()) {
                String json = document.toJson();
                byte[] raw = java.util.Arrays.copyOf(document.getByteBuffer().array(), document.getByteBuffer().remaining());
                for (String form : forms) {
                    if (json.contains(form) || json.toLowerCase().contains(form.toLowerCase())
                            || contains(raw, form.getBytes(StandardCharsets.UTF_8))
                            || contains(raw, form.getBytes(StandardCharsets.UTF_16LE))
                            || contains(raw, form.getBytes(StandardCharsets.UTF_16BE))) {
                        hits.add(collection + ": " + form);
                    }
                }
            }
        }
        return hits;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String stackTrace(Throwable thrown) {
        java.io.StringWriter out = new java.io.StringWriter();
        thrown.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
