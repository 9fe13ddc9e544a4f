package org.gridsteward.store;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;

/** Runs the conformance suite against {@link MongoEventStorageEngine} on a real wire-protocol server. */
abstract class MongoEngineConformanceTest extends EventStorageEngineConformance {
    /** Held so the levels stick: the server and driver log every connection at INFO. */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("de.bwaldvogel"), java.util.logging.Logger.getLogger("org.mongodb.driver"));

    static {
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.WARNING));
    }

    private MongoServer server;
    private MongoClient client;
    private final AtomicLong eventsRead = new AtomicLong();

    protected abstract MongoBackend newBackend();

    /** Whether a restart can stop the server; a memory backend would lose its data with it. */
    protected boolean serverSurvivesRestart() {
        return false;
    }

    @Override
    protected EventStorageEngine engine(CommitGate gate, Duration gapTimeout, int maxGapOffset) {
        connect();
        return build(gate, gapTimeout, maxGapOffset);
    }

    @Override
    protected EventStorageEngine reopen(CommitGate gate, Duration gapTimeout, int maxGapOffset) {
        client.close();
        client = null;
        if (!serverSurvivesRestart()) {
            server.shutdownNow();
            server = null;
        }
        connect();
        return build(gate, gapTimeout, maxGapOffset);
    }

    private EventStorageEngine build(CommitGate gate, Duration gapTimeout, int maxGapOffset) {
        return MongoEventStorageEngine.builder()
                .database(database())
                .eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER)
                .commitGate(gate)
                .gapTimeout(gapTimeout)
                .maxGapOffset(maxGapOffset)
                .build();
    }

    private MongoDatabase database() {
        return client.getDatabase("conformance");
    }

    private void connect() {
        if (client != null) {
            return;
        }
        if (server == null) {
            server = new MongoServer(newBackend());
            server.bind();
        }
        String address = server.getConnectionString();
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(address))
                .addCommandListener(new CountEventsRead())
                .build());
    }

    @AfterEach
    void disconnect() {
        if (client != null) {
            client.close();
            client = null;
        }
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    @Override
    protected long eventsReadSinceLastCall() {
        return eventsRead.getAndSet(0);
    }

    @Override
    protected ProcessorHarness processorHarness(EventStorageEngine engine) {
        return new ProcessorHarness() {
            private EmbeddedEventStore store;
            private TrackingEventProcessor processor;

            @Override
            public void start(String name, List<String> handledValues) {
                store = EmbeddedEventStore.builder().storageEngine(engine).build();
                MongoTokenStore tokens = MongoTokenStore.builder()
                        .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database()).build())
                        .serializer(SERIALIZER)
                        .build();
                EventMessageHandler handler = event -> {
                    handledValues.add(((ConformanceEvent) event.getPayload()).value());
                    return null;
                };
                processor = TrackingEventProcessor.builder()
                        .name(name)
                        .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handler).build())
                        .messageSource(store)
                        .tokenStore(tokens)
                        .transactionManager(NoTransactionManager.INSTANCE)
                        .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andEventAvailabilityTimeout(100, java.util.concurrent.TimeUnit.MILLISECONDS))
                        .build();
                processor.start();
            }

            @Override
            public void close() {
                processor.shutDown();
                store.shutDown();
            }
        };
    }

    /** Counts the event documents the server returns, to prove which documents a read touched. */
    private final class CountEventsRead implements CommandListener {
        @Override
        public void commandSucceeded(CommandSucceededEvent event) {
            if (!event.getCommandName().equals("find") && !event.getCommandName().equals("getMore")) {
                return;
            }
            BsonDocument cursor = event.getResponse().getDocument("cursor", new BsonDocument());
            if (!cursor.getString("ns", new org.bson.BsonString("")).getValue().endsWith("." + MongoEventStorageEngine.EVENTS)) {
                return;
            }
            BsonArray batch = cursor.containsKey("firstBatch") ? cursor.getArray("firstBatch") : cursor.getArray("nextBatch", new BsonArray());
            eventsRead.addAndGet(batch.size());
        }
    }
}
