package org.gridsteward.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridsteward.auth.SigningKey;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand and more generated requests, none of which may succeed: malformed, oversized, wrongly typed
 * and wrongly labelled bodies, actions out of order, and calls without the right. Every answer must be a
 * 4xx problem document naming the problem, and the event log must not change. The seed is fixed, so a
 * failure reproduces.
 */
@QuarkusTest
class HostileInputFuzzTest {
    private static final long SEED = 20261123L;
    private static final int REQUESTS = 10_400;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String VALID_SUBMISSION = """
            {"gridId":"g-01-01","categoryId":"parking","description":"消防通道堵塞","reporter":{"name":"李四","phone":"13900139000"}}""";
    private static final List<String> REPORT_ACTIONS = List.of("classify", "reject", "dispatch", "extend", "close", "accept",
            "return", "progress", "resolve", "verify", "rate");
    /** Actions that a report just submitted cannot take yet. */
    private static final List<String> TOO_EARLY = List.of("dispatch", "extend", "close", "accept", "return", "progress",
            "resolve", "verify", "rate");

    @TestHTTPResource("/")
    URI base;

    @Inject
    MongoDatabase database;

    @Inject
    SigningKey signingKey;

    record Call(String category, String method, String path, String contentType, byte[] body, String authorization) {}

    @Test
    void noGeneratedHostileRequestSucceedsFailsServerSideOrChangesTheLog() throws Exception {
        Fixture fixture = fixture();
        List<Call> calls = generate(new Random(SEED), fixture);
        long eventsBefore = events();
        long accountsBefore = database.getCollection("users").countDocuments();
        long displaysBefore = database.getCollection("display_tokens").countDocuments();

        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long started = System.nanoTime();
        for (Call call : calls) {
            pool.submit(() -> check(client, call, wrong, statuses));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        System.out.printf("hostile input: %d requests in %d ms, by status %s%n", calls.size(),
                (System.nanoTime() - started) / 1_000_000, new java.util.TreeMap<>(statuses));

        assertThat(calls).hasSizeGreaterThanOrEqualTo(10_000);
        assertThat(wrong).as("answers that were not a 4xx problem document naming the problem").isEmpty();
        assertThat(statuses.keySet()).allMatch(s -> s >= 400 && s < 500);
        assertThat(statuses.keySet()).contains(400, 401, 403, 404, 409, 413, 415);
        assertThat(events()).isEqualTo(eventsBefore);
        assertThat(database.getCollection("users").countDocuments()).isEqualTo(accountsBefore);
        assertThat(database.getCollection("display_tokens").countDocuments()).isEqualTo(displaysBefore);
    }

    private void check(HttpClient client, Call call, ConcurrentLinkedQueue<String> wrong, Map<Integer, AtomicInteger> statuses) {
        String label = call.category() + " " + call.method() + " " + call.path();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(call.path())).timeout(Duration.ofSeconds(30))
                    .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(call.body()));
            if (call.contentType() != null) {
                request.header("Content-Type", call.contentType());
            }
            if (call.authorization() != null) {
                request.header("Authorization", call.authorization());
            }
            request.header("Idempotency-Key", "fuzz-" + Integer.toHexString(call.hashCode()) + "-key");
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (status < 400 || status >= 500) {
                wrong.add(label + ": status " + status + " " + abbreviate(response.body()));
                return;
            }
            if (!type.startsWith(Problem.MEDIA_TYPE)) {
                wrong.add(label + ": " + status + " as " + type);
                return;
            }
            JsonNode problem = JSON.readTree(response.body());
            boolean names = problem.path("type").asText().startsWith("urn:grid-steward:problem:")
                    && problem.path("status").asInt() == status
                    && !problem.path("title").asText().isBlank()
                    && (!problem.path("detail").asText().isBlank() || problem.path("errors").size() > 0);
            if (!names) {
                wrong.add(label + ": " + status + " does not name the problem: " + abbreviate(response.body()));
            }
        } catch (Exception e) {
            wrong.add(label + ": " + e);
        }
    }

    // ---------------------------------------------------------------- generation

    /** Two reports (one just submitted, one closed) and the tokens the generator plays with. */
    record Fixture(String submitted, String closed, String receipt, String admin, String auditor, String handler,
                   String display, String expired, String forged) {}

    private Fixture fixture() throws Exception {
        String submitted = submit()[0];
        String[] closed = submit();
        SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON).body("{\"reason\":\"重复\"}").post("/api/reports/" + closed[0] + "/reject").then().statusCode(200);
        SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON).body("{}").post("/api/reports/" + closed[0] + "/close").then().statusCode(200);
        String display = SignIn.as(SignIn.ADMIN).contentType(ContentType.JSON).body("{\"name\":\"fuzz\",\"scope\":{\"level\":\"CITY\"}}")
                .post("/api/displays").then().statusCode(201).extract().path("token");
        String expired = Jwt.issuer("urn:grid-steward").subject(SignIn.ADMIN).claim("knd", "account").claim("gen", 0)
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(60)).jws().sign(signingKey.privateKey());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer("urn:grid-steward").subject(SignIn.ADMIN).claim("knd", "account").claim("gen", 0)
                .expiresIn(600).jws().sign(generator.generateKeyPair().getPrivate());
        return new Fixture(submitted, closed[0], closed[1], SignIn.token(SignIn.ADMIN), SignIn.token(SignIn.AUDITOR),
                SignIn.token(SignIn.HANDLER), display, expired, forged);
    }

    private static List<Call> generate(Random random, Fixture f) {
        List<Call> calls = new ArrayList<>(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            int pick = random.nextInt(100);
            if (pick < 30) {
                calls.add(unauthorised(random, f));
            } else if (pick < 68) {
                calls.add(malformed(random, f));
            } else if (pick < 80) {
                calls.add(wronglyLabelled(random, f));
            } else if (pick < 96) {
                calls.add(outOfOrder(random, f));
            } else {
                calls.add(oversized(random, f));
            }
        }
        return calls;
    }

    /** A well-formed request from someone who may not make it. */
    private static Call unauthorised(Random random, Fixture f) {
        String[] badTokens = {"Bearer " + f.expired(), "Bearer " + f.forged(), "Bearer " + asciiText(random, 40),
                "Basic YWRtaW46YWRtaW4=", "Bearer ", "Bearer " + f.admin().substring(0, f.admin().length() - 3) + "abc"};
        String anyBad = badTokens[random.nextInt(badTokens.length)];
        String report = "/api/reports/" + f.submitted();
        String action = REPORT_ACTIONS.get(random.nextInt(REPORT_ACTIONS.size()));
        return switch (random.nextInt(9)) {
            case 0 -> json("unauthorised", "POST", report + "/" + action, bodyFor(action), null);
            case 1 -> json("unauthorised", "POST", report + "/" + action, bodyFor(action), anyBad);
            case 2 -> new Call("unauthorised", "GET", report, null, null, random.nextBoolean() ? null : anyBad);
            case 3 -> json("unauthorised", "POST", report + "/" + pick(random, "classify", "dispatch", "close", "accept", "verify"),
                    bodyFor("classify"), "Bearer " + f.auditor());
            case 4 -> json("unauthorised", "POST", report + "/" + action, bodyFor(action), "Bearer " + f.display());
            case 5 -> new Call("unauthorised", "GET", "/api/reports/" + f.closed(), null, null, "Bearer " + f.handler());
            case 6 -> json("unauthorised", "POST", "/api/users", "{\"username\":\"intruder\",\"password\":\"a-long-password\",\"role\":\"ADMIN\"}",
                    pick(random, null, "Bearer " + f.auditor(), "Bearer " + f.display(), "Bearer " + f.handler(), anyBad));
            case 7 -> new Call("unauthorised", pick(random, "GET", "DELETE"), pick(random, "/api/users", "/api/displays", "/api/displays/x"),
                    null, null, pick(random, null, "Bearer " + f.auditor(), "Bearer " + f.display(), anyBad));
            default -> json("unauthorised", "POST", "/api/reports", VALID_SUBMISSION,
                    pick(random, anyBad, "Bearer " + f.display(), "Bearer " + f.auditor(), "Bearer " + f.handler()));
        };
    }

    /** Bodies that are not what the endpoint reads, sent with the right to act, to a report where nothing could succeed anyway. */
    private static Call malformed(Random random, Fixture f) {
        String admin = "Bearer " + f.admin();
        int target = random.nextInt(5);
        String valid;
        String path;
        String auth = admin;
        if (target == 0) {
            valid = VALID_SUBMISSION;
            path = "/api/reports";
            auth = null;
        } else if (target == 1) {
            valid = "{\"username\":\"fuzzed\",\"password\":\"a-long-password\",\"role\":\"GRID_WORKER\",\"scope\":{\"level\":\"GRID\",\"ids\":[\"g-01-01\"]}}";
            path = "/api/users";
        } else if (target == 2) {
            return token(random);
        } else {
            String action = REPORT_ACTIONS.get(random.nextInt(REPORT_ACTIONS.size()));
            valid = bodyFor(action);
            path = "/api/reports/" + f.closed() + "/" + action;
        }
        return json("malformed", "POST", path, mutate(random, valid, target <= 1), auth);
    }

    /** A body broken in one of many ways; for a creating endpoint, never into a valid one. */
    private static String mutate(Random random, String valid, boolean creates) {
        return switch (random.nextInt(creates ? 13 : 14)) {
            case 0 -> valid.substring(0, 1 + random.nextInt(valid.length() - 1));
            case 1 -> randomText(random, 1 + random.nextInt(200));
            case 2 -> pick(random, "[]", "\"text\"", "123", "null", "true", "", " ", "{", "}", "[{}]", "{\"\":}");
            case 3 -> valid.replaceFirst("\\{", "{\"unexpected" + random.nextInt(1000) + "\":" + pick(random, "1", "null", "\"x\"", "{}") + ",");
            case 4 -> replaceFirstValue(valid, pick(random, "123", "true", "[]", "{}", "1e99999", "-0.0", "\"\\u0000\""));
            case 5 -> replaceFirstValue(valid, "\"" + "长".repeat(2001 + random.nextInt(3000)) + "\"");
            case 6 -> "[".repeat(1000 + random.nextInt(4000)) + "]".repeat(10);
            case 7 -> "{\"a\":" + "9".repeat(2000 + random.nextInt(3000)) + "}";
            case 8 -> valid.replace("\"", "'");
            case 9 -> valid + "}" + valid;
            case 10 -> new String(randomBytes(random, 1 + random.nextInt(300)), StandardCharsets.ISO_8859_1);
            case 11 -> valid.replace("g-01-01", "g-01-01\\u0000<script>").replace("parking", pick(random, "../../etc", "PARKING ", "park\ning"));
            case 12 -> "{\"gridId\":" + pick(random, "[\"g-01-01\"]", "{\"$ne\":null}", "{\"$gt\":\"\"}", "null") + ",\"categoryId\":\"parking\",\"description\":\"x\"}";
            default -> "{}";
        };
    }

    private static Call token(Random random) {
        String form = switch (random.nextInt(7)) {
            case 0 -> "grant_type=client_credentials&username=admin&password=x";
            case 1 -> "grant_type=password&username=admin";
            case 2 -> "grant_type=password&username=" + "a".repeat(65 + random.nextInt(500)) + "&password=x";
            case 3 -> "grant_type=password&username=admin&password=" + "p".repeat(129 + random.nextInt(500));
            case 4 -> "grant_type=password&username=admin&password=wrong-" + random.nextInt(1_000_000);
            case 5 -> "%%%&&&===" + randomText(random, 20);
            default -> "";
        };
        return new Call("malformed", "POST", "/api/auth/token", "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8), null);
    }

    /** Right body, wrong label. */
    private static Call wronglyLabelled(Random random, Fixture f) {
        String type = pick(random, "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
                "application/json-patch+json", "image/png", "text/html; charset=utf-8");
        if (random.nextInt(5) == 0) {
            return new Call("wrongly-labelled", "POST", "/api/auth/token", pick(random, "application/json", "text/plain"),
                    "{\"grant_type\":\"password\",\"username\":\"admin\",\"password\":\"x\"}".getBytes(StandardCharsets.UTF_8), null);
        }
        String action = REPORT_ACTIONS.get(random.nextInt(REPORT_ACTIONS.size()));
        boolean submit = random.nextBoolean();
        return new Call("wrongly-labelled", "POST", submit ? "/api/reports" : "/api/reports/" + f.closed() + "/" + action,
                type.equals("application/x-www-form-urlencoded") && submit ? "text/plain" : type,
                (submit ? VALID_SUBMISSION : bodyFor(action)).getBytes(StandardCharsets.UTF_8), submit ? null : "Bearer " + f.admin());
    }

    /** Well-formed actions by someone entitled to them, at a moment or on a report where they cannot happen. */
    private static Call outOfOrder(Random random, Fixture f) {
        String admin = "Bearer " + f.admin();
        return switch (random.nextInt(5)) {
            case 0 -> {
                String action = REPORT_ACTIONS.get(random.nextInt(REPORT_ACTIONS.size()));
                yield json("out-of-order", "POST", "/api/reports/" + f.closed() + "/" + action, bodyFor(action), admin);
            }
            case 1 -> {
                String action = TOO_EARLY.get(random.nextInt(TOO_EARLY.size()));
                yield json("out-of-order", "POST", "/api/reports/" + f.submitted() + "/" + action, bodyFor(action), admin);
            }
            case 2 -> json("out-of-order", "POST", "/api/reports/" + f.closed() + "/rate", bodyFor("rate"), "Bearer " + f.receipt());
            case 3 -> new Call("out-of-order", "GET", "/api/reports/" + pick(random, "2099010100001", "0", "x".repeat(65), "..%2F..%2Fetc", "%00"),
                    null, null, admin);
            default -> json("out-of-order", pick(random, "PUT", "PATCH", "DELETE"), pick(random, "/api/reports", "/api/org", "/api/users",
                    "/api/reports/" + f.closed()), "{}", admin);
        };
    }

    private static Call oversized(Random random, Fixture f) {
        int size = 65_537 + random.nextInt(random.nextInt(10) == 0 ? 400_000 : 4_000);
        String body = "{\"description\":\"" + "x".repeat(size) + "\"}";
        String path = random.nextBoolean() ? "/api/reports" : "/api/reports/" + f.closed() + "/progress";
        return json("oversized", "POST", path, body, path.equals("/api/reports") ? null : "Bearer " + f.admin());
    }

    // ---------------------------------------------------------------- helpers

    private static Call json(String category, String method, String path, String body, String authorization) {
        return new Call(category, method, path, "application/json", body.getBytes(StandardCharsets.UTF_8), authorization);
    }

    private static String bodyFor(String action) {
        return switch (action) {
            case "classify" -> "{\"categoryId\":\"parking\",\"priority\":\"URGENT\"}";
            case "reject" -> "{\"reason\":\"不属实\"}";
            case "dispatch", "accept" -> "{\"departmentId\":\"dept-urban-mgmt\"}";
            case "return" -> "{\"departmentId\":\"dept-urban-mgmt\",\"reason\":\"非本部门\"}";
            case "extend" -> "{\"newDueAt\":\"2099-01-01T00:00:00Z\",\"reason\":\"需协调\"}";
            case "progress" -> "{\"note\":\"处理中\"}";
            case "resolve" -> "{\"departmentId\":\"dept-urban-mgmt\",\"resolution\":\"已处理\"}";
            case "verify" -> "{\"passed\":true}";
            case "rate" -> "{\"satisfaction\":\"SATISFIED\"}";
            default -> "{}";
        };
    }

    private static String replaceFirstValue(String json, String value) {
        return json.replaceFirst(":\\s*(\"[^\"]*\"|true|false|\\d+)", ":" + java.util.regex.Matcher.quoteReplacement(value));
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : 0x4e00 + random.nextInt(2000)));
        }
        return text.toString();
    }

    /** Header values must be visible ASCII for the client to send them at all. */
    private static String asciiText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (33 + random.nextInt(94)));
        }
        return text.toString();
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String[] submit() {
        io.restassured.path.json.JsonPath answer = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).body(VALID_SUBMISSION)
                .post("/api/reports").then().statusCode(201).extract().jsonPath();
        return new String[] {answer.getString("reportId"), answer.getString("receipt")};
    }

    private long events() {
        return database.getCollection("events").countDocuments(Filters.ne("void", true));
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
