package org.gridsteward.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import org.gridsteward.runtime.EmbeddedMemoryBackend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportNumbersTest {
    private static final Instant NOON = Instant.parse("2026-11-23T04:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void start() {
        server = new MongoServer(new EmbeddedMemoryBackend());
        server.bind();
        client = MongoClients.create(server.getConnectionString());
        database = client.getDatabase("numbers_test");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aNumberIsTheCityDateAndADailySequence() {
        ReportNumbers numbers = new ReportNumbers(database, 5);

        assertThat(numbers.next(NOON)).isEqualTo("2026112300001");
        assertThat(numbers.next(NOON)).isEqualTo("2026112300002");
        // 16:30 UTC is already the next day in Beijing, which starts its own sequence
        assertThat(numbers.next(Instant.parse("2026-11-23T16:30:00Z"))).isEqualTo("2026112400001");
    }

    @Test
    void aBlockReservedBeforeARestartIsSkippedNotReused() {
        ReportNumbers beforeRestart = new ReportNumbers(database, 5);
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            assertThat(issued.add(beforeRestart.next(NOON))).isTrue();
        }

        ReportNumbers afterRestart = new ReportNumbers(database, 5);
        String first = afterRestart.next(NOON);

        assertThat(issued).doesNotContain(first);
        assertThat(first).isEqualTo("2026112300011");
    }

    @Test
    void nodesDrawingAtTheSameTimeNeverShareANumber() throws Exception {
        List<ReportNumbers> nodes = List.of(new ReportNumbers(database, 3), new ReportNumbers(database, 3),
                new ReportNumbers(database, 3));
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Callable<List<String>>> draws = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                ReportNumbers node = nodes.get(t % nodes.size());
                draws.add(() -> {
                    List<String> drawn = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        drawn.add(node.next(NOON));
                    }
                    return drawn;
                });
            }
            Set<String> all = new HashSet<>();
            int count = 0;
            for (Future<List<String>> drawn : threads.invokeAll(draws)) {
                all.addAll(drawn.get());
                count += drawn.get().size();
            }
            assertThat(all).hasSize(count);
        } finally {
            threads.shutdownNow();
        }
    }
}
