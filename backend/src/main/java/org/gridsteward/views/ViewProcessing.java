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
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
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
import org.gridsteward.store.LogScan;
import org.gridsteward.store.MongoEventStorageEngine;
import org.jboss.logging.Logger;

/**
 * The view families as Axon tracking processors, one processing group each, their progress in MongoDB
 * ({@value #TOKENS}). After every event a processor sends the sections it changed to the wall channel.
 */
@ApplicationScoped
public class ViewProcessing {
    private static final Logger LOG = Logger.getLogger(ViewProcessing.class);
    static final String TOKENS = "view_tokens";
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration THREAD_RETURN_TIMEOUT = Duration.ofSeconds(5);
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
    private final RebuildProgress rebuildProgress = new RebuildProgress();
    private volatile Configuration configuration;
    private volatile TokenStore tokens;
    private volatile Thread rebuilding;
    private volatile Thread lastRebuild;

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
        WriteBehindViewStore search = new WriteBehindViewStore(store);
        this.handlers = List.of(
                new ProjectionHandler(new GridProjection(grids, tree), grids, publisher(grids, tree, clock)),
                new ProjectionHandler(new DepartmentProjection(departments), departments, publisher(departments, tree, clock)),
                new ProjectionHandler(new TickerProjection(tickers, tree, reporter -> masks.mask(reporter)), tickers, publisher(tickers, tree, clock)),
                new ProjectionHandler(new CategoryProjection(categories, tree), categories, publisher(categories, tree, clock)),
                // The operators' lists: nothing a wall shows.
                new ProjectionHandler(new ReportSearchProjection(search, tree), search, (projection, changed) -> {}));
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
        TokenStore tokens = this.tokens = MongoTokenStore.builder()
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
        Gauge.builder("grid.views.rebuild.events", this, v -> v.rebuildStatus().eventsDone())
                .description("Events the latest rebuild of the views has applied to every family")
                .register(metrics);
        Gauge.builder("grid.views.rebuild.events.expected", this, v -> v.rebuildStatus().eventsTotal())
                .description("Events the latest rebuild of the views has to apply")
                .register(metrics);
        Gauge.builder("grid.views.rebuild.rate", this, v -> v.rebuildStatus().eventsPerSecond())
                .description("Events per second the latest rebuild of the views has applied, on average")
                .register(metrics);
    }

    /** Stops reading the log before the database connection closes under the processors. */
    void stopWithTheApplication(@Observes ShutdownEvent event) {
        Thread rebuild = rebuilding;
        if (rebuild != null) {
            rebuild.interrupt();
        }
        if (configuration != null) {
            processorNames().forEach(name -> processor(name).shutDown());
        }
    }

    public List<String> processorNames() {
        return handlers.stream().map(ProjectionHandler::name).toList();
    }

    /**
     * Forgets every view and rebuilds them from the whole log; returns once the rebuild has started, and refuses
     * while one is running. The processors stop; the log is read in one pass and every event is applied once to
     * every family (a replay sends no changes); the views are written; then each processor resumes from the
     * position the pass reached, gaps included, so an event appended meanwhile is applied once, by its
     * processor. Once every family has caught up, each scope's whole view goes to the wall, which gives every
     * display a fresh snapshot.
     */
    public RebuildStatus rebuild() {
        if (!rebuildProgress.begin()) {
            throw new IllegalStateException("the views are being rebuilt already");
        }
        Thread rebuild = new Thread(this::rebuildAndAnnounce, "views-rebuild");
        rebuild.setDaemon(true);
        rebuilding = rebuild;
        lastRebuild = rebuild;
        rebuild.start();
        return rebuildProgress.status();
    }

    /** Waits until the latest rebuild has finished, its fresh snapshots sent. */
    void awaitRebuildAnnounced(Duration limit) throws InterruptedException {
        Thread rebuild = lastRebuild;
        if (rebuild != null) {
            rebuild.join(limit.toMillis());
        }
    }

    /** Where the latest rebuild stands. */
    public RebuildStatus rebuildStatus() {
        return rebuildProgress.status();
    }

    private void rebuildAndAnnounce() {
        List<TrackingEventProcessor> processors = processorNames().stream().map(this::processor).toList();
        try {
            // A processor shut down while it is still starting up can be left unable to start again.
            awaitClaimed(processors);
            // All at once: each notices only when its wait for new events times out (a second), so one after
            // another they took seconds.
            CompletableFuture.allOf(processors.stream()
                    .map(TrackingEventProcessor::shutdownAsync)
                    .toArray(CompletableFuture[]::new)).join();
            awaitStopped(processors);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            rebuildProgress.failed();
            rebuilding = null;
            return;
        } catch (IllegalStateException e) {
            LOG.error("the views are not rebuilt: " + e.getMessage());
            rebuildProgress.failed();
            rebuilding = null;
            processors.forEach(TrackingEventProcessor::start);
            return;
        }
        try {
            GapAwareTrackingToken reached;
            try (LogScan scan = configuration.getComponent(MongoEventStorageEngine.class).scanWholeLog(OnePassRebuild.WINDOW)) {
                rebuildProgress.expect(scan.positionsAtStart());
                handlers.forEach(ProjectionHandler::beginReplay);
                reached = new OnePassRebuild(handlers, rebuildProgress).run(scan);
            }
            handlers.forEach(ProjectionHandler::endReplay);
            for (String name : processorNames()) {
                resumeFrom(name, reached);
            }
            rebuildProgress.finished();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handlers.forEach(ProjectionHandler::abandonReplay);
            rebuildProgress.failed();
            return;
        } catch (RuntimeException e) {
            LOG.errorf(e, "rebuilding the views in one pass failed; the view processors rebuild them from the start");
            handlers.forEach(ProjectionHandler::abandonReplay);
            processors.forEach(TrackingEventProcessor::resetTokens);
            rebuildProgress.failed();
        } finally {
            rebuilding = null;
        }
        processors.forEach(TrackingEventProcessor::start);
        try {
            restartUnclaimed(processors);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        announceRebuilt();
    }

    /**
     * Waits a while for every processor to have claimed its segment and handed it to its worker; one owned by
     * another node never will. Axon's launcher lists a segment as claimed before it takes a thread for it, and a
     * processor shut down in between never gets that thread back, so it can never claim again: hence both.
     */
    private static void awaitClaimed(List<TrackingEventProcessor> processors) throws InterruptedException {
        long deadline = System.nanoTime() + CLAIM_TIMEOUT.toNanos();
        while (processors.stream().anyMatch(p -> p.processingStatus().isEmpty()
                || p.availableProcessorThreads() + p.activeProcessorThreads() != p.maxCapacity())
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /**
     * Starts again a processor that has not claimed its segment soon after starting: one stopped in the middle of
     * a long batch can be left with no thread to claim it.
     */
    private static void restartUnclaimed(List<TrackingEventProcessor> processors) throws InterruptedException {
        for (int attempt = 0; attempt < 3; attempt++) {
            awaitClaimed(processors);
            List<TrackingEventProcessor> unclaimed =
                    processors.stream().filter(p -> p.processingStatus().isEmpty()).toList();
            if (unclaimed.isEmpty()) {
                return;
            }
            LOG.warnf("restarting view processors that claimed nothing after the rebuild: %s",
                    unclaimed.stream().map(TrackingEventProcessor::getName).toList());
            unclaimed.forEach(TrackingEventProcessor::shutDown);
            awaitStopped(unclaimed);
            unclaimed.forEach(TrackingEventProcessor::start);
        }
    }

    /**
     * Waits until no processor thread is left: shutting a processor down gives up waiting for a thread busy with
     * a long batch, which would go on writing the views the replay is writing, and would keep the processor
     * from starting again.
     */
    private static void awaitStopped(List<TrackingEventProcessor> processors) throws InterruptedException {
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        while (processors.stream().anyMatch(p -> p.activeProcessorThreads() > 0)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("a view processor did not stop within " + STOP_TIMEOUT);
            }
            Thread.sleep(20);
        }
        // A worker leaves its segment before it gives its thread back; started again in between, the processor
        // finds no thread free and claims nothing.
        long handedBack = System.nanoTime() + THREAD_RETURN_TIMEOUT.toNanos();
        while (processors.stream().anyMatch(p -> p.availableProcessorThreads() < p.maxCapacity())
                && System.nanoTime() < handedBack) {
            Thread.sleep(20);
        }
        processors.stream().filter(p -> p.availableProcessorThreads() < p.maxCapacity()).forEach(p -> LOG.errorf(
                "view processor %s stopped without all its threads back (%d of %d); it may not claim its segment again",
                p.getName(), p.availableProcessorThreads(), p.maxCapacity()));
    }

    /** Stores where the processor resumes: exactly after what the replay applied, its gaps still to come. */
    private void resumeFrom(String name, GapAwareTrackingToken reached) {
        int[] segments = tokens.fetchSegments(name);
        if (segments.length == 0) {
            tokens.initializeTokenSegments(name, 1, reached);
            return;
        }
        for (int segment : segments) {
            tokens.storeToken(reached, name, segment);
        }
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
        return !rebuildProgress.status().running() && processorNames().stream().allMatch(name -> lagEvents(name) == 0);
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
