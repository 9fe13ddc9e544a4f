package org.gridsteward.wall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.gridsteward.store.EventJson;
import org.gridsteward.views.Scope;
import org.gridsteward.views.ScopeViews;
import org.gridsteward.views.Section;
import org.gridsteward.views.ViewChange;
import org.jboss.logging.Logger;

/**
 * Where a frame leaves for the wall. View changes arrive on the {@value ViewChange#CHANNEL} channel and become
 * versioned deltas per scope; displays join a scope and get a snapshot or the deltas they missed.
 *
 * <p>Versions start from this node's start time in microseconds, so a display that saw a version of an
 * earlier run can never mistake it for one of this run: it gets a snapshot.
 */
@ApplicationScoped
public class WallHub {
    private static final Logger LOG = Logger.getLogger(WallHub.class);
    private final ScopeViews views;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final ObjectMapper json = EventJson.objectMapper();
    private final Map<String, ScopeStream> streams = new ConcurrentHashMap<>();
    private final Map<String, Joined> joined = new ConcurrentHashMap<>();
    private final long firstVersion = System.currentTimeMillis() * 1000;
    private final WallCounters counters;
    private ScheduledExecutorService heartbeats;

    @ConfigProperty(name = "grid.wall.history", defaultValue = "256")
    int historyLimit;

    @ConfigProperty(name = "grid.wall.send-queue", defaultValue = "64")
    int queueLimit;

    @ConfigProperty(name = "grid.wall.heartbeat", defaultValue = "PT15S")
    Duration heartbeat;

    @ConfigProperty(name = "grid.wall.retime", defaultValue = "PT30S")
    Duration retime;

    private record Joined(ScopeStream stream, Subscriber subscriber) {}

    @Inject
    public WallHub(ScopeViews views, Clock clock, MeterRegistry metrics) {
        this.views = views;
        this.clock = clock;
        this.metrics = metrics;
        Counter resyncs = Counter.builder("grid.wall.resyncs")
                .description("Displays sent a fresh snapshot because they fell behind")
                .register(metrics);
        this.counters = new WallCounters() {
            @Override
            public void sent(String type) {
                Counter.builder("grid.wall.frames.sent").description("Frames sent to wall displays")
                        .tag("type", type).register(metrics).increment();
            }

            @Override
            public void resynced() {
                resyncs.increment();
            }
        };
    }

    @PostConstruct
    void startHeartbeats() {
        heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "wall-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeats.scheduleAtFixedRate(() -> streams.values().forEach(ScopeStream::heartbeat),
                heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        heartbeats.scheduleWithFixedDelay(this::retimeAll, retime.toMillis(), retime.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Reports fall overdue, come due within a day and leave today's count with no event to say so: the
     * sections that depend on the clock (a grid's colour on the map among them) are read again and sent when they
     * differ. (The deadline board's countdowns tick in the browser; its rows change only with events.)
     */
    void retimeAll() {
        for (ScopeStream stream : streams.values()) {
            try {
                Scope scope = Scope.parse(stream.scope());
                long seen = stream.version();
                Map<String, JsonNode> sections = new LinkedHashMap<>();
                for (Section section : List.of(Section.FIGURES, Section.CATEGORIES, Section.GRIDS)) {
                    sections.put(section.field(), json.valueToTree(views.section(scope, section)));
                }
                stream.retime(seen, sections);
            } catch (RuntimeException e) {
                // One scope that cannot be read now must not stop the others, nor the schedule.
                LOG.warnf(e, "could not retime the wall of %s", stream.scope());
            }
        }
    }

    @PreDestroy
    void stopHeartbeats() {
        heartbeats.shutdownNow();
    }

    @Incoming(ViewChange.CHANNEL)
    public void onChange(ViewChange change) {
        if (change.section().equals(ViewChange.WHOLE_VIEW)) {
            stream(Scope.parse(change.scope())).refresh((ObjectNode) change.data());
        } else {
            stream(Scope.parse(change.scope())).change(change.section(), change.data());
        }
    }

    /**
     * Starts sending a scope to a display.
     *
     * @throws org.gridsteward.views.InvalidScopeException when the scope is malformed
     * @throws UnknownScopeException when the city has no such scope
     */
    public void join(String connectionId, String scopeText, Long since, Outbound out) {
        Scope scope = Scope.parse(scopeText);
        if (!views.exists(scope)) {
            throw new UnknownScopeException(scope);
        }
        ScopeStream stream = stream(scope);
        Subscriber subscriber = new Subscriber(out, queueLimit, counters);
        joined.put(connectionId, new Joined(stream, subscriber));
        stream.join(subscriber, since);
    }

    public void leave(String connectionId) {
        Joined gone = joined.remove(connectionId);
        if (gone != null) {
            gone.stream().leave(gone.subscriber());
            gone.subscriber().close();
        }
    }

    private ScopeStream stream(Scope scope) {
        return streams.computeIfAbsent(scope.key(), key -> {
            ObjectNode view = views.view(scope).map(v -> (ObjectNode) json.valueToTree(v)).orElseGet(json::createObjectNode);
            ScopeStream stream = new ScopeStream(key, view, firstVersion, historyLimit, json, clock);
            Gauge.builder("grid.wall.connections", stream, ScopeStream::watching)
                    .description("Wall displays connected, by scope")
                    .tag("scope", key)
                    .register(metrics);
            return stream;
        });
    }
}
