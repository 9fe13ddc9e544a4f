package org.gridsteward.runtime;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableH2BackendTest {
    @TempDir
    Path directory;

    @Test
    void everyAcknowledgedWriteIsInTheFileWhenItIsAcknowledged() throws Exception {
        Path file = directory.resolve("live.mv");
        MongoServer server = new MongoServer(new DurableH2Backend(file.toString()));
        server.bind();
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            MongoCollection<Document> probes = client.getDatabase("durable").getCollection("probes");
            ExecutorService writers = Executors.newFixedThreadPool(8);
            try {
                List<Callable<Void>> work = new ArrayList<>();
                for (int w = 0; w < 8; w++) {
                    int writer = w;
                    work.add(() -> {
                        for (int i = 0; i < 40; i++) {
                            probes.insertOne(new Document("_id", writer + "-" + i));
                        }
                        return null;
                    });
                }
                for (Future<Void> done : writers.invokeAll(work)) {
                    done.get();
                }
            } finally {
                writers.shutdownNow();
            }
            // What a process killed now would leave behind: the file as it is, without the orderly close.
            Files.copy(file, directory.resolve("left-behind.mv"));
        } finally {
            server.shutdownNow();
        }

        withServer(new DurableH2Backend(directory.resolve("left-behind.mv").toString()), client ->
                assertThat(client.getDatabase("durable").getCollection("probes").countDocuments()).isEqualTo(320));
    }

    @Test
    void everyUniqueIndexComparesKeysWithTheFastOrder() {
        DurableH2Backend backend = new DurableH2Backend(directory.resolve("indexes.mv").toString());
        withServer(backend, client -> {
            MongoCollection<Document> events = client.getDatabase("ordered").getCollection("events");
            events.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true));
            events.insertOne(new Document("_id", 1L).append("eventId", "e-1"));
        });
        // The file is closed now; open it again, as after a restart, and look at every index map.
        DurableH2Backend reopened = new DurableH2Backend(directory.resolve("indexes.mv").toString());
        withServer(reopened, client -> {
            List<String> indexMaps = reopened.getMvStore().getMapNames().stream().filter(n -> n.contains("._index_")).toList();
            assertThat(indexMaps).contains("ordered.events._index__id_", "ordered.events._index_eventId_1");
            for (String name : indexMaps) {
                assertThat(reopened.getMvStore().openMap(name).getKeyType()).as(name).isInstanceOf(IndexKeyOrder.class);
            }
        });
    }

    @Test
    void aFileWrittenByThePlainH2BackendKeepsItsUniqueIndexes() {
        Path file = directory.resolve("older.mv");
        withServer(new H2Backend(file.toString()), client -> {
            MongoCollection<Document> events = client.getDatabase("compat").getCollection("events");
            events.createIndex(Indexes.ascending("aggregateKey"), new IndexOptions().unique(true));
            for (int i = 0; i < 500; i++) {
                events.insertOne(new Document("_id", (long) i).append("aggregateKey", "r-" + i + "#0"));
            }
        });

        withServer(new DurableH2Backend(file.toString()), client -> {
            MongoCollection<Document> events = client.getDatabase("compat").getCollection("events");
            for (int i = 0; i < 500; i += 37) {
                assertThat(events.find(eq("aggregateKey", "r-" + i + "#0")).first()).as("key %d", i).isNotNull();
                assertThat(events.find(eq("_id", (long) i)).first()).as("_id %d", i).isNotNull();
            }
            assertThatThrownBy(() -> events.insertOne(new Document("_id", 9_999L).append("aggregateKey", "r-250#0")))
                    .isInstanceOf(MongoWriteException.class);
            events.insertOne(new Document("_id", 500L).append("aggregateKey", "r-500#0"));
        });

        withServer(new H2Backend(file.toString()), client ->
                assertThat(client.getDatabase("compat").getCollection("events").find(eq("aggregateKey", "r-500#0")).first())
                        .isNotNull());
    }

    private static void withServer(MongoBackend backend, Consumer<MongoClient> use) {
        MongoServer server = new MongoServer(backend);
        server.bind();
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            use.accept(client);
        } finally {
            server.shutdown();
        }
    }
}
