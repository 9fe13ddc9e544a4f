package org.gridsteward.runtime;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindAndModifyRepliesTest {
    @TempDir
    Path directory;

    @Test
    void concurrentIncrementsOnTheMemoryStoreEachSeeTheirOwnValue() throws Exception {
        assertEveryValueSeenOnce(new EmbeddedMemoryBackend());
    }

    @Test
    void concurrentIncrementsOnTheFileStoreEachSeeTheirOwnValue() throws Exception {
        assertEveryValueSeenOnce(new DurableH2Backend(directory.resolve("counters.mv").toString()));
    }

    private static void assertEveryValueSeenOnce(MongoBackend backend) throws Exception {
        MongoServer server = new MongoServer(backend);
        server.bind();
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            MongoCollection<Document> counters = client.getDatabase("counting").getCollection("counters");
            List<Callable<List<Long>>> work = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                work.add(() -> {
                    List<Long> seen = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        seen.add(counters.findOneAndUpdate(eq("_id", "next"), Updates.inc("value", 1L),
                                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER))
                                .get("value", Number.class).longValue());
                    }
                    return seen;
                });
            }
            Set<Long> distinct = new HashSet<>();
            for (Future<List<Long>> seen : callers.invokeAll(work)) {
                distinct.addAll(seen.get());
            }
            assertThat(distinct).hasSize(300).allMatch(v -> v >= 1 && v <= 300);
        } finally {
            callers.shutdownNow();
            server.shutdownNow();
        }
    }
}
