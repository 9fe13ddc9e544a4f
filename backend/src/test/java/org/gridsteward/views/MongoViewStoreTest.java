package org.gridsteward.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoViewStoreTest {
    private static final Ticker TICKER = Ticker.empty("grid:g-01-01").with(new TickerEntry("ReportSubmitted", "新上报", "Reported",
            "R-1", "g-01-01", "parking", Instant.parse("2026-11-23T08:00:00Z"), "张*丰", "138****8000"), new Position(4, List.of(2L)));

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private MongoViewStore store;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        database = client.getDatabase("views");
        store = new MongoViewStore(database);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aViewIsStoredAsUtf8JsonBytesAndReadBackEqual() {
        store.saveAll(TickerProjection.TICKERS, Map.of("grid:g-01-01", TICKER));

        Document stored = database.getCollection(TickerProjection.TICKERS).find().first();
        assertThat(stored.get("view")).isInstanceOf(Binary.class);
        assertThat(store.find(TickerProjection.TICKERS, "grid:g-01-01", Ticker.class)).contains(TICKER);
    }

    @Test
    void aViewStoredAsAJsonStringBeforeIsStillRead() throws Exception {
        database.getCollection(TickerProjection.TICKERS).insertOne(new Document("_id", "grid:g-01-01")
                .append("view", org.gridsteward.store.EventJson.objectMapper().writeValueAsString(TICKER)));

        assertThat(store.findAll(TickerProjection.TICKERS, List.of("grid:g-01-01"), Ticker.class)).containsExactly(TICKER);
    }
}
