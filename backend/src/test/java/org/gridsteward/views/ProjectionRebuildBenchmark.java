package org.gridsteward.views;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.Satisfaction;
import org.gridsteward.org.Grid;

/**
 * How fast every view family is rebuilt from a log: the projections' own arithmetic (read models in memory)
 * next to the same projections writing their read models to the embedded MongoDB (memory backend), in one JVM.
 * Reading the log is not included: this is the cost of applying it.
 *
 * <p>Run with {@code ./mvnw -B -ntp -pl backend -am -Pbench -DskipTests test -Dbench.parts=views}
 * ({@code -Dbench.view.reports=N} sizes it, each report has six events; {@code -Dbench.view.unbatched=true} adds
 * a run that writes every event's documents as it is applied).
 */
public final class ProjectionRebuildBenchmark {
    /** As the view processors' batch size. */
    private static final int BATCH = 100;

    private ProjectionRebuildBenchmark() {}

    public static void main(String[] args) {
        for (String logger : List.of("org.mongodb.driver", "de.bwaldvogel")) {
            System.setProperty("org.slf4j.simpleLogger.log." + logger, "warn");
        }
        int reports = Integer.getInteger("bench.view.reports", 3_000);
        List<ReportEvent> log = log(reports);
        System.out.printf(Locale.ROOT, "%n== Projection rebuild: %,d events (%,d reports, 4 view families) ==%n", log.size(), reports);

        rebuild("warm-up, in memory", new InMemoryViewStore(), log, 1);
        double memory = rebuild("read models in memory", new InMemoryViewStore(), log, 1);

        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            rebuild("warm-up, embedded MongoDB", new MongoViewStore(client.getDatabase("warmup")),
                    log.subList(0, log.size() / 4), BATCH);
            double mongo = rebuild("embedded MongoDB (memory), batches of " + BATCH,
                    new MongoViewStore(client.getDatabase("bench")), log, BATCH);
            if (Boolean.getBoolean("bench.view.unbatched")) {
                rebuild("embedded MongoDB (memory), every event written", new MongoViewStore(client.getDatabase("single")),
                        log, 1);
            }
            System.out.printf(Locale.ROOT, "%nSummary: in memory %,.0f events/s; embedded MongoDB %,.0f events/s%n", memory, mongo);
        } finally {
            server.shutdownNow();
        }
    }

    /**
     * Applies the log as the view processors do: per batch, the per-report documents loaded in one look-up and
     * every changed document written once at the end ({@code batch} 1: every event written as it is applied).
     */
    private static double rebuild(String label, ViewStore target, List<ReportEvent> log, int batch) {
        ScopeTree tree = new ScopeTree(ViewFixture.CITY);
        List<WriteBehindViewStore> stores = new ArrayList<>();
        List<Projection> projections = new ArrayList<>();
        for (int family = 0; family < 4; family++) {
            ViewStore store = target;
            if (batch > 1) {
                WriteBehindViewStore writeBehind = new WriteBehindViewStore(target);
                stores.add(writeBehind);
                store = writeBehind;
            }
            projections.add(switch (family) {
                case 0 -> new GridProjection(store, tree);
                case 1 -> new DepartmentProjection(store);
                case 2 -> new TickerProjection(store, tree);
                default -> new CategoryProjection(store, tree);
            });
        }
        long started = System.nanoTime();
        for (int from = 0; from < log.size(); from += batch) {
            List<ReportEvent> events = log.subList(from, Math.min(log.size(), from + batch));
            if (batch > 1) {
                List<String> reports = events.stream().map(ReportEvent::reportId).toList();
                for (int family = 0; family < 4; family++) {
                    stores.get(family).prefetch(projections.get(family).tracks(), reports, projections.get(family).trackType());
                }
            }
            for (int i = 0; i < events.size(); i++) {
                Position position = new Position(from + i, List.of());
                for (Projection projection : projections) {
                    projection.on(events.get(i), position);
                }
            }
            stores.forEach(WriteBehindViewStore::flush);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = log.size() / seconds;
        System.out.printf(Locale.ROOT, "  %-50s %,9d events in %6.2f s: %,9.0f events/s%n", label, log.size(), seconds, rate);
        return rate;
    }

    /** Reports across every grid, each submitted, classified, dispatched, signed for, resolved and rated. */
    private static List<ReportEvent> log(int reports) {
        List<Grid> grids = ViewFixture.CITY.grids();
        Instant start = ViewFixture.NOW.minus(Duration.ofDays(6));
        List<ReportEvent> log = new ArrayList<>(reports * 6);
        for (int r = 0; r < reports; r++) {
            String id = "r" + r;
            Instant at = start.plusSeconds(r * 60L);
            log.add(ViewFixture.submitted(id, grids.get(r % grids.size()).id(), "parking", at, null));
            log.add(ViewFixture.classified(id, "fire-lane", at.plusSeconds(60)));
            log.add(ViewFixture.dispatched(id, ViewFixture.HOUSING, at.plusSeconds(120), at.plusSeconds(7_200), at.plusSeconds(86_400)));
            log.add(ViewFixture.accepted(id, ViewFixture.HOUSING, at.plusSeconds(600)));
            log.add(ViewFixture.resolved(id, ViewFixture.HOUSING, at.plusSeconds(3_600)));
            log.add(ViewFixture.rated(id, Satisfaction.SATISFIED, at.plusSeconds(7_200)));
        }
        return log;
    }
}
