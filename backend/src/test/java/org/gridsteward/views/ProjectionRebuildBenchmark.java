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
 * ({@code -Dbench.view.reports=N} sizes it; each report has six events).
 */
public final class ProjectionRebuildBenchmark {
    private ProjectionRebuildBenchmark() {}

    public static void main(String[] args) {
        for (String logger : List.of("org.mongodb.driver", "de.bwaldvogel")) {
            System.setProperty("org.slf4j.simpleLogger.log." + logger, "warn");
        }
        int reports = Integer.getInteger("bench.view.reports", 3_000);
        List<ReportEvent> log = log(reports);
        System.out.printf(Locale.ROOT, "%n== Projection rebuild: %,d events (%,d reports, 4 view families) ==%n", log.size(), reports);

        rebuild("warm-up, in memory", new InMemoryViewStore(), log);
        double memory = rebuild("read models in memory", new InMemoryViewStore(), log);

        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            rebuild("warm-up, embedded MongoDB", new MongoViewStore(client.getDatabase("warmup")), log.subList(0, log.size() / 4));
            double mongo = rebuild("read models in embedded MongoDB (memory backend)",
                    new MongoViewStore(client.getDatabase("bench")), log);
            System.out.printf(Locale.ROOT, "%nSummary: in memory %,.0f events/s; embedded MongoDB %,.0f events/s%n", memory, mongo);
        } finally {
            server.shutdownNow();
        }
    }

    private static double rebuild(String label, ViewStore store, List<ReportEvent> log) {
        ScopeTree tree = new ScopeTree(ViewFixture.CITY);
        List<Projection> projections = List.of(new GridProjection(store, tree), new DepartmentProjection(store),
                new TickerProjection(store, tree), new CategoryProjection(store, tree));
        long started = System.nanoTime();
        for (int i = 0; i < log.size(); i++) {
            Position position = new Position(i, List.of());
            for (Projection projection : projections) {
                projection.on(log.get(i), position);
            }
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
