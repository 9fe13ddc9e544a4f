package org.gridsteward.views;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.gridsteward.org.CityOrganisation;
import org.gridsteward.store.EventJson;

/**
 * The view families as Axon tracking processors, one processing group each, their progress in MongoDB
 * ({@value #TOKENS}). After every event a processor sends the sections it changed to the wall channel.
 */
@ApplicationScoped
public class ViewProcessing {
    static final String TOKENS = "view_tokens";
    // Large batches matter when catching up or rebuilding (each batch writes every document it changed once);
    // live, a batch holds only what has arrived, so it adds no wait.
    static final int BATCH = 1000;

    private final ViewStore store;
    private final ScopeViews views;
    private final List<ProjectionHandler> handlers;
    private final Emitter<ViewChange> changes;
    private final MeterRegistry metrics;
    private final MongoDatabase database;
    private final ObjectMapper json = EventJson.objectMapper();
    private volatile Configuration configuration;

    // ---- residents' details reach the ticker only masked, from the privacy package (set before any event)
    @Inject
    ReporterMasks masks;

    @Inject
    public ViewProcessing(
            MongoDatabase database,
            CityOrganisation city,
            Clock clock,
            MeterRegistry metrics,
            @Channel(ViewChange.CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16384)
                    Emitter<ViewChange> changes) {
        this.database = database;
        this.metrics = metrics;
        this.changes = changes;
        this.store = new MongoViewStore(database);
        ScopeTree tree = new ScopeTree(city);
        this.views = new ScopeViews(store, tree, clock);
        // Each processor thread has its own batch of documents in hand.
        WriteBehindViewStore grids = new WriteBehindViewStore(store);
        WriteBehindViewStore departments = new WriteBehindViewStore(store);
        WriteBehindViewStore tickers = new WriteBehindViewStore(store);
        WriteBehindViewStore categories = new WriteBehindViewStore(store);
        this.handlers = List.of(
                new ProjectionHandler(new GridProjection(grids, tree), grids, publisher(grids, tree, clock)),
                new ProjectionHandler(new DepartmentProjection(departments), departments, publisher(departments, tree, clock)),
                new ProjectionHandler(new TickerProjection(tickers, tree, reporter -> masks.mask(reporter)), tickers, publisher(tickers, tree, clock)),
                new ProjectionHandler(new CategoryProjection(categories, tree), categories, publisher(categories, tree, clock)));
    }

    @Produces
    @Singleton
    ScopeViews scopeViews() {
        return views;
    }

    @Produces
    @Singleton
    ViewStore viewStore() {
        return store;
    }

    /** Registers every view family with Axon; called once while Axon is configured. */
    public void configure(EventProcessingConfigurer processing) {
        TokenStore tokens = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database)
                        .trackingTokensCollectionName(TOKENS).build())
                .serializer(JacksonSerializer.defaultSerializer())
                // Twice the pause after which a handler stops trusting the tallies it keeps (WriteBehindViewStore).
                .claimTimeout(Duration.ofSeconds(10))
                .build();
        for (ProjectionHandler handler : handlers) {
            String name = handler.name();
            processing.registerEventHandler(c -> {
                        configuration = c;
                        return handler;
                    })
                    .registerTrackingEventProcessor(name, Configuration::eventStore,
                            c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(BATCH))
                    .assignHandlerInstancesMatching(name, candidate -> candidate == handler)
                    .registerTokenStore(name, c -> tokens);
            Gauge.builder("grid.projection.lag.events", this, v -> v.lagEvents(name))
                    .description("Events in the log that the view processor has not applied yet")
                    .tag("processor", name)
                    .register(metrics);
            Gauge.builder("grid.projection.lag", this, v -> v.lagMillis(handler) / 1000.0)
                    .description("How far behind the newest event the view processor is, by event time")
                    .baseUnit("seconds")
                    .tag("processor", name)
                    .register(metrics);
        }
    }

    /** Stops reading the log before the database connection closes under the processors. */
    void stopWithTheApplication(@Observes ShutdownEvent event) {
        if (configuration != null) {
            processorNames().forEach(name -> processor(name).shutDown());
        }
    }

    public List<String> processorNames() {
        return handlers.stream().map(ProjectionHandler::name).toList();
    }

    /**
     * Forgets every view and replays the whole log into them; returns once the replay has started. A replay
     * sends no changes, so once every family has caught up each scope's whole view goes to the wall, which
     * gives every display a fresh snapshot.
     */
    public void rebuild() {
        for (String name : processorNames()) {
            TrackingEventProcessor processor = processor(name);
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        Thread announcer = new Thread(this::announceRebuilt, "views-rebuilt");
        announcer.setDaemon(true);
        announcer.start();
    }

    private void announceRebuilt() {
        try {
            while (!caughtUp()) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (Scope scope : views.scopes()) {
            views.view(scope).ifPresent(view ->
                    changes.send(new ViewChange(scope.key(), ViewChange.WHOLE_VIEW, json.valueToTree(view))));
        }
    }

    /** Whether every view family has applied every event in the log. */
    public boolean caughtUp() {
        return processorNames().stream().allMatch(name -> lagEvents(name) == 0);
    }

    /** Where each processor stands, for diagnostics. */
    public String status() {
        StringBuilder out = new StringBuilder("head ").append(configuration == null ? -1 : headPosition());
        for (String name : processorNames()) {
            out.append("; ").append(name).append(' ').append(processor(name).processingStatus().values());
        }
        return out.toString();
    }

    long lagEvents(String name) {
        if (configuration == null) {
            return 0;
        }
        long head = headPosition();
        Map<Integer, EventTrackerStatus> status = processor(name).processingStatus();
        if (status.isEmpty()) {
            return head + 1;
        }
        long behind = 0;
        for (EventTrackerStatus segment : status.values()) {
            OptionalLong at = segment.getCurrentPosition();
            behind = Math.max(behind, head - at.orElse(-1));
        }
        return Math.max(0, behind);
    }

    private long lagMillis(ProjectionHandler handler) {
        if (lagEvents(handler.name()) == 0 || handler.lastEventMillis() == 0) {
            return 0;
        }
        return Math.max(0, System.currentTimeMillis() - handler.lastEventMillis());
    }

    private long headPosition() {
        TrackingToken head = configuration.eventStore().createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    private TrackingEventProcessor processor(String name) {
        return configuration.eventProcessingConfiguration()
                .eventProcessor(name, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no view processor " + name));
    }

    /**
     * Sends the sections a batch changed, read through the processor's own documents: its tallies are in hand
     * as just written, so a batch's changes go out without reading them back from the database.
     */
    private BiConsumer<Projection, List<Changed>> publisher(WriteBehindViewStore held, ScopeTree tree, Clock clock) {
        ScopeViews sections = new ScopeViews(held, tree, clock);
        return (projection, changed) -> publish(sections, changed);
    }

    private void publish(ScopeViews sections, List<Changed> changed) {
        for (Changed change : new LinkedHashSet<>(changed)) {
            Object section = sections.section(Scope.parse(change.scope()), change.section());
            changes.send(new ViewChange(change.scope(), change.section().field(), json.valueToTree(section)));
        }
    }
}
