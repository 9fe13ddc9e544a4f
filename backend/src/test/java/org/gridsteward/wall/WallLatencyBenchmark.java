package org.gridsteward.wall;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridsteward.api.SignIn;
import org.gridsteward.org.CityOrganisation;
import org.gridsteward.org.Grid;
import org.junit.jupiter.api.Test;

/**
 * Command accepted → delta received on the wall, in one JVM with the application as the tests start it (the
 * embedded store on its H2 file backend, as in production): {@value #DISPLAYS} displays, two on each of the 50
 * grids, reports submitted over HTTP at {@value #RATE}/s for {@code bench.wall.seconds} (30) spread over the
 * grids, and for each report and each display of its grid the time from the 201 answer to the first frame
 * carrying the report is taken. (A grid's ticker, which names the reports, holds the 20 latest; the city's would
 * drop reports when more than 20 arrive in one batch, so the displays watch grids.) The displays, the
 * senders and the server share the machine, so the figures include the clients' own cost.
 *
 * <p>Not a test (surefire does not pick it up); run with
 * {@code ./mvnw -B -ntp -pl backend -am test -Dtest=WallLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@TestProfile(WallLatencyBenchmark.OnFile.class)
class WallLatencyBenchmark {
    static final int DISPLAYS = 100;
    static final int RATE = 200;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORT_ID = "\"reportId\":\"";

    /**
     * The production storage: the embedded server on its H2 file, in a directory of its own
     * ({@code -Dbench.wall.storage=memory} for the memory backend the tests use).
     */
    public static class OnFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("grid.embedded.storage", System.getProperty("bench.wall.storage", "file"),
                    "grid.data-dir", "target/wall-bench-" + UUID.randomUUID());
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Inject
    CityOrganisation city;

    @Inject
    Vertx vertx;

    @Test
    void commandAcceptedToDeltaReceived() throws Exception {
        int seconds = Integer.getInteger("bench.wall.seconds", 30);
        String token = SignIn.token(SignIn.ADMIN);
        List<Grid> grids = city.grids();
        List<Map<String, Long>> seenBy = new ArrayList<>();
        List<WebSocketClientConnection> displays = new ArrayList<>();
        for (int d = 0; d < DISPLAYS; d++) {
            Map<String, Long> seen = new ConcurrentHashMap<>();
            seenBy.add(seen);
            displays.add(BasicWebSocketConnector.create()
                    .baseUri(base)
                    .addHeader("Authorization", "Bearer " + token)
                    .path("/ws/wall?scope=grid:" + grids.get(d % grids.size()).id())
                    .executionModel(BasicWebSocketConnector.ExecutionModel.NON_BLOCKING)
                    .onTextMessage((c, text) -> noteReports(text, seen, System.nanoTime()))
                    .connectAndAwait());
        }

        // HTTP/1.1 on up to 100 connections: residents' phones each come on their own, and one HTTP/2 connection
        // would put every submission on one server event loop. Vert.x's client: the JDK's cost the benchmark
        // itself about a millisecond of CPU per request.
        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true), new PoolOptions().setHttp1MaxSize(100));
        // A server runs warm: the first seconds of a fresh JVM are spent compiling the request, store and view
        // paths (about as much CPU again as the requests themselves), so a warm-up round at the same rate comes
        // first, then the JIT is left to settle, then the measured round.
        int warmUp = Integer.getInteger("bench.wall.warmup", 20);
        System.out.printf(Locale.ROOT, "%n== Wall latency: %d displays (2 per grid) (%s backend) ==%n",
                DISPLAYS, System.getProperty("bench.wall.storage", "file"));
        if (warmUp > 0) {
            round("warm-up", Integer.getInteger("bench.wall.warmup.rate", RATE / 2), warmUp, http, grids, seenBy);
            awaitCompilationSettled();
        }
        round("measured", Integer.getInteger("bench.wall.rate", RATE), seconds, http, grids, seenBy);
        displays.forEach(WebSocketClientConnection::closeAndAwait);
        http.close().toCompletionStage().toCompletableFuture().join();
    }

    private void round(String label, int rate, int seconds, HttpClient http, List<Grid> grids, List<Map<String, Long>> seenBy)
            throws InterruptedException {
        Map<String, Accepted> acceptedAt = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        java.util.Queue<Long> answeredIn = new java.util.concurrent.ConcurrentLinkedQueue<>();
        ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger sent = new AtomicInteger();
        int total = rate * seconds;
        long compiledAtStart = compilationMillis();
        java.time.Instant startedAt = java.time.Instant.now();
        long started = System.nanoTime();
        long cpuAtStart = processCpuNanos();
        double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        sender.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n >= total) {
                return;
            }
            String body = """
                    {"gridId":"%s","categoryId":"parking","description":"楼道堆放杂物",
                     "reporter":{"name":"张三丰","phone":"13800138000"}}""".formatted(grids.get(n % grids.size()).id());
            long sentAt = System.nanoTime();
            http.request(HttpMethod.POST, base.getPort(), base.getHost(), "/api/reports")
                    .compose(request -> request.putHeader("Content-Type", "application/json")
                            .putHeader("Idempotency-Key", UUID.randomUUID().toString())
                            .send(body))
                    .compose(response -> response.body().map(answer -> response.statusCode() == 201 ? answer.toString() : null))
                    .onComplete(answered -> {
                        long at = System.nanoTime();
                        answeredIn.add(at - sentAt);
                        if (answered.failed() || answered.result() == null) {
                            refused.incrementAndGet();
                            return;
                        }
                        try {
                            acceptedAt.put(JSON.readTree(answered.result()).get("reportId").asText(), new Accepted(n % grids.size(), at));
                        } catch (Exception e) {
                            refused.incrementAndGet();
                        }
                    });
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);

        long deadline = started + Duration.ofSeconds(seconds + 90).toNanos();
        while (System.nanoTime() < deadline
                && (sent.get() < total || acceptedAt.size() + refused.get() < total || !allSeen(seenBy, acceptedAt, grids.size()))) {
            Thread.sleep(100);
        }
        sender.shutdownNow();
        double cpuSeconds = (processCpuNanos() - cpuAtStart) / 1e9;
        double loadAtEnd = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long compiled = compilationMillis() - compiledAtStart;

        List<Long> latencies = new ArrayList<>();
        int missing = 0;
        for (Map.Entry<String, Accepted> accepted : acceptedAt.entrySet()) {
            for (int d = accepted.getValue().grid(); d < DISPLAYS; d += grids.size()) {
                Long received = seenBy.get(d).get(accepted.getKey());
                if (received == null) {
                    missing++;
                } else {
                    latencies.add(Math.max(0, received - accepted.getValue().at()));
                }
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double sending = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "-- %s round: %d reports/s for %d s, started %s --%n", label, rate, seconds, startedAt);
        System.out.printf(Locale.ROOT, "  %,d submissions sent in %.1f s (until every display had every report, or gave up)%n",
                Math.min(sent.get(), total), sending);
        System.out.printf(Locale.ROOT, "  reports accepted %,d, refused %,d; deliveries measured %,d, missing %,d%n",
                acceptedAt.size(), refused.get(), sorted.length, missing);
        // The machine is shared: CPU time per report says what the application costs whatever else runs.
        System.out.printf(Locale.ROOT, "  process CPU %.1f s over %.1f s (%.1f ms per accepted report), JIT compiling %.1f s; "
                        + "load average %.1f at start, %.1f at end%n",
                cpuSeconds, sending, acceptedAt.isEmpty() ? Double.NaN : cpuSeconds * 1000 / acceptedAt.size(),
                compiled / 1e3, loadAtStart, loadAtEnd);
        long[] answers = answeredIn.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "  submission sent -> answered: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(answers, 0.50), percentile(answers, 0.99), answers.length == 0 ? Double.NaN : answers[answers.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "  command accepted -> first delta carrying the report: p50 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 <= 100 ms)%n",
                percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
    }

    /** Waits (up to a minute) until the JIT compiles less than 100 ms per 2 s. */
    private static void awaitCompilationSettled() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        long before = compilationMillis();
        do {
            Thread.sleep(2_000);
            long now = compilationMillis();
            if (now - before < 100) {
                return;
            }
            before = now;
        } while (System.nanoTime() < until);
    }

    private static long compilationMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private record Accepted(int grid, long at) {}

    private static boolean allSeen(List<Map<String, Long>> seenBy, Map<String, Accepted> accepted, int grids) {
        for (Map.Entry<String, Accepted> report : accepted.entrySet()) {
            for (int d = report.getValue().grid(); d < seenBy.size(); d += grids) {
                if (!seenBy.get(d).containsKey(report.getKey())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Every report a frame mentions, at the first moment this display saw it: a delta, or the snapshot a display
     * that fell behind is resynchronised with. Read without parsing, as 100 displays share the CPU.
     */
    private static void noteReports(String text, Map<String, Long> seen, long at) {
        int from = 0;
        while ((from = text.indexOf(REPORT_ID, from)) >= 0) {
            int start = from + REPORT_ID.length();
            int end = text.indexOf('"', start);
            seen.putIfAbsent(text.substring(start, end), at);
            from = end;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
