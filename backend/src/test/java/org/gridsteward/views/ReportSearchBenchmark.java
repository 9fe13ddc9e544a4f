package org.gridsteward.views;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.gridsteward.access.AccessRules;
import org.gridsteward.access.Caller;
import org.gridsteward.access.Scope;
import org.gridsteward.auth.OrganisationPlaces;
import org.gridsteward.bench.BenchLogging;
import org.gridsteward.events.Actor;
import org.gridsteward.events.Role;
import org.gridsteward.events.report.Channel;
import org.gridsteward.events.report.DispatchAccepted;
import org.gridsteward.events.report.Priority;
import org.gridsteward.events.report.ReportClassified;
import org.gridsteward.events.report.ReportClosed;
import org.gridsteward.events.report.ReportDispatched;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportResolved;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.events.report.ResolutionVerified;
import org.gridsteward.org.CityOrganisation;
import org.gridsteward.org.Grid;
import org.gridsteward.org.OrgLoader;
import org.gridsteward.search.ReportQuery;
import org.gridsteward.search.ReportSearch;
import org.gridsteward.search.SearchPage;

/**
 * How long the console's searches take over many reports in the embedded MongoDB (memory backend). The reports
 * ({@code -Dbench.search.reports=N}, 50,000 by default) are spread over the demo city's grids and the past year;
 * four in five are closed, the rest open at every stage. They are projected as the processor does (batches of
 * 1,000, documents written once per batch), then each query is run many times by the real {@link ReportSearch}
 * over the real driver, and its median and 95th percentile reported.
 *
 * <p>Run with: {@code ./mvnw -B -ntp -o -q -pl backend -am test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test && java -cp
 * backend/target/test-classes:backend/target/classes:events/target/classes:$(cat backend/target/test-cp.txt)
 * org.gridsteward.views.ReportSearchBenchmark}.
 */
public final class ReportSearchBenchmark {
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final Actor ACTOR = new Actor("bench", Role.DISPATCHER);
    private static final int BATCH = ViewProcessing.BATCH;

    private ReportSearchBenchmark() {}

    public static void main(String[] args) throws IOException {
        BenchLogging.asTheApplication();
        int reports = Integer.getInteger("bench.search.reports", 50_000);
        CityOrganisation city = OrgLoader.loadDemo();
        System.out.printf(Locale.ROOT, "load average at start: %s%n", loadAverage());
        List<ReportEvent> log = log(city, reports, new Random(7));
        long arithmetic = System.nanoTime();
        project(new InMemoryViewStore(), new ScopeTree(city), log);
        System.out.printf(Locale.ROOT, "projected into maps (the arithmetic alone) in %.1f s%n", (System.nanoTime() - arithmetic) / 1e9);
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            MongoViewStore store = new MongoViewStore(client.getDatabase("bench"));
            long started = System.nanoTime();
            project(store, new ScopeTree(city), log);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "projected %,d events of %,d reports in %.1f s (%,.0f events/s)%n",
                    log.size(), reports, seconds, log.size() / seconds);

            ReportSearch search = new ReportSearch(store, city, new AccessRules(new OrganisationPlaces(city)), ReporterMasks.HIDDEN);
            String street = city.streets().get(0).id();
            String grid = city.streets().get(0).communities().get(0).grids().get(0).id();
            String department = city.departments().get(0).id();
            Caller dispatcher = Caller.account("d", Role.DISPATCHER, Scope.of(Scope.Level.STREET, street), null);
            Caller handler = Caller.account("h", Role.DEPARTMENT_HANDLER, Scope.NONE, department);
            Caller worker = Caller.account("w", Role.GRID_WORKER, Scope.of(Scope.Level.GRID, grid), null);
            Caller admin = Caller.account("a", Role.ADMIN, Scope.CITY, null);
            Map<String, List<String>> open = Map.of("status", List.of("SUBMITTED", "CLASSIFIED", "DISPATCHED", "ACCEPTED",
                    "RESOLVED", "VERIFIED", "RATED", "REOPENED"));

            System.out.printf(Locale.ROOT, "%n%-72s %9s %9s %6s%n", "query (first page of 50 unless said)", "median", "p95", "rows");
            // Side by side, the floor any read of these documents has: the raw driver and the view store fetching
            // one page's worth of summaries by id.
            List<String> someIds = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                someIds.add(String.format(Locale.ROOT, "R%07d", i * (reports / 100)));
            }
            var summaries = client.getDatabase("bench").getCollection(ReportSearchProjection.SUMMARIES);
            time("raw driver: 100 summaries by _id $in (documents, not decoded)", 200, () -> {
                List<org.bson.Document> found = new ArrayList<>();
                summaries.find(com.mongodb.client.model.Filters.in("_id", someIds)).into(found);
                return new SearchPage(List.of(), String.valueOf(found.size()));
            });
            time("view store: the same 100 summaries, decoded", 200, () -> new SearchPage(List.of(),
                    String.valueOf(store.findAll(ReportSearchProjection.SUMMARIES, someIds, ReportSummary.class).size())));
            time("open reports in a street, newest first (dispatcher)", 200, () -> find(search, dispatcher, open, city));
            time("reports the department has held (handler)", 200, () -> find(search, handler, Map.of(), city));
            time("open reports the department has held (handler)", 200, () -> find(search, handler, open, city));
            time("everything in the city, newest first (admin)", 200, () -> find(search, admin, Map.of(), city));
            time("a grid worker's grid, 4th page through the cursor", 50, () -> nthPage(search, worker, 4, city));
            time("overdue in the city (admin)", 50, () -> find(search, admin, Map.of("overdue", List.of("true")), city));
            time("closed in one grid, 200 rows (admin)", 50, () -> find(search, admin,
                    Map.of("gridId", List.of(grid), "status", List.of("CLOSED"), "limit", List.of("200")), city));
            time("free text no report has, whole city (admin: scans every summary)", 5,
                    () -> find(search, admin, Map.of("q", List.of("不存在的词")), city));
            time("free text no report has, one street (dispatcher)", 5,
                    () -> find(search, dispatcher, Map.of("q", List.of("不存在的词")), city));
        } finally {
            server.shutdownNow();
        }
        System.out.printf(Locale.ROOT, "%nload average at end: %s%n", loadAverage());
    }

    private static SearchPage find(ReportSearch search, Caller caller, Map<String, List<String>> parameters, CityOrganisation city) {
        return search.find(caller, ReportQuery.parse(parameters, city), NOW);
    }

    private static SearchPage nthPage(ReportSearch search, Caller caller, int n, CityOrganisation city) {
        Map<String, List<String>> parameters = new HashMap<>();
        SearchPage page = null;
        for (int i = 0; i < n; i++) {
            page = find(search, caller, parameters, city);
            if (page.next() == null) {
                break;
            }
            parameters.put("after", List.of(page.next()));
        }
        return page;
    }

    private static void time(String what, int runs, Supplier<SearchPage> query) {
        for (int i = 0; i < Math.max(3, runs / 10); i++) {
            query.get();
        }
        double[] millis = new double[runs];
        int rows = 0;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            rows = query.get().items().size();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-72s %7.2f ms %7.2f ms %6d%n", what, millis[runs / 2],
                millis[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)], rows);
    }

    /** Applies the log as a view processor does: batches, their summaries loaded in one look-up, written once. */
    private static void project(ViewStore store, ScopeTree tree, List<ReportEvent> log) {
        WriteBehindViewStore held = new WriteBehindViewStore(store, Duration.ofDays(1), System::nanoTime);
        ReportSearchProjection projection = new ReportSearchProjection(held, tree);
        held.keep(ReportSearchProjection.LISTS);
        for (int from = 0; from < log.size(); from += BATCH) {
            List<ReportEvent> batch = log.subList(from, Math.min(log.size(), from + BATCH));
            held.startBatch();
            held.prefetch(ReportSearchProjection.SUMMARIES, batch.stream().map(ReportEvent::reportId).toList(), ReportSummary.class);
            for (int i = 0; i < batch.size(); i++) {
                projection.on(batch.get(i), new Position(from + i, List.of()));
            }
            held.flush();
        }
    }

    /**
     * Reports submitted over the past year in time order, each handled straight away as far as it will go: four in
     * five to closed, the rest stopped at one of the open stages.
     */
    private static List<ReportEvent> log(CityOrganisation city, int reports, Random random) {
        List<Grid> grids = city.grids();
        List<String> categories = city.categories().stream().map(c -> c.id()).toList();
        List<String> departments = city.departments().stream().map(d -> d.id()).toList();
        List<ReportEvent> log = new ArrayList<>(reports * 7);
        Instant start = NOW.minus(Duration.ofDays(365));
        long step = Duration.ofDays(365).toMillis() / reports;
        for (int i = 0; i < reports; i++) {
            String id = String.format(Locale.ROOT, "R%07d", i);
            Instant at = start.plusMillis(i * step);
            Grid grid = grids.get(random.nextInt(grids.size()));
            String category = categories.get(random.nextInt(categories.size()));
            String department = departments.get(random.nextInt(departments.size()));
            int stage = random.nextInt(5) < 4 ? 6 : random.nextInt(6);
            log.add(new ReportSubmitted(id, grid.id(), null, category, "第" + i + "号 楼道堆放杂物，消防通道被占用",
                    Channel.RESIDENT_APP, null, ACTOR, at));
            if (stage > 0) {
                log.add(new ReportClassified(id, category, Priority.NORMAL, ACTOR, at.plusSeconds(600)));
            }
            if (stage > 1) {
                log.add(new ReportDispatched(id, department, at.plusSeconds(3 * 3600), at.plusSeconds(48 * 3600), null, ACTOR,
                        at.plusSeconds(1200)));
            }
            if (stage > 2) {
                log.add(new DispatchAccepted(id, department, ACTOR, at.plusSeconds(1800)));
            }
            if (stage > 3) {
                log.add(new ReportResolved(id, department, "已清理", ACTOR, at.plusSeconds(7200)));
            }
            if (stage > 4) {
                log.add(new ResolutionVerified(id, "已核实", ACTOR, at.plusSeconds(9000)));
            }
            if (stage > 5) {
                log.add(new ReportClosed(id, ACTOR, at.plusSeconds(10_000)));
            }
        }
        return log;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
