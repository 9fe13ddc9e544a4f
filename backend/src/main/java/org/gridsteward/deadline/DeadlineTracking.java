package org.gridsteward.deadline;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.lifecycle.Phase;
import org.axonframework.serialization.json.JacksonSerializer;
import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.report.CityDirectory;
import org.gridsteward.report.ReportCommand;

/**
 * Wires deadline tracking into an Axon configuration: the tracker as a tracking processor whose token lives in
 * MongoDB (one claim across all nodes, so one node folds the log into the schedule), and the sweeper, which
 * every node runs on its clock from start to shutdown.
 */
public final class DeadlineTracking {

    /** Everything configurable, read from {@code grid.deadline.*}. */
    public record Options(
            String warnings,
            Duration communityAfter,
            Duration streetAfter,
            Duration cityAfter,
            Duration pollInterval,
            Duration resendAfter,
            Duration claimTimeout,
            int senders,
            Optional<String> nodeId) {

        DeadlineSettings settings() {
            Map<EscalationLevel, Duration> after = new EnumMap<>(EscalationLevel.class);
            after.put(EscalationLevel.COMMUNITY, communityAfter);
            after.put(EscalationLevel.STREET, streetAfter);
            after.put(EscalationLevel.CITY, cityAfter);
            return new DeadlineSettings(
                    Arrays.stream(warnings.split(",")).filter(s -> !s.isBlank()).map(WarningThreshold::parse).toList(),
                    after);
        }
    }

    private final MongoDatabase database;
    private final Clock clock;
    private final Options options;
    private final DeadlineSchedule schedule;
    private volatile DeadlineSweeper sweeper;

    public DeadlineTracking(
            MongoDatabase database, Clock clock, BusinessCalendar calendar, CityDirectory city, Options options) {
        this.database = database;
        this.clock = clock;
        this.options = options;
        this.schedule = new DeadlineSchedule(database, options.settings(), calendar, city);
    }

    public DeadlineSchedule schedule() {
        return schedule;
    }

    public void registerWith(Configurer configurer) {
        configurer.eventProcessing(ep -> ep
                .registerTrackingEventProcessor(
                        DeadlineTracker.PROCESSING_GROUP,
                        c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(100)
                                .andTokenClaimInterval(options.claimTimeout().toMillis() / 2, TimeUnit.MILLISECONDS))
                .registerTokenStore(DeadlineTracker.PROCESSING_GROUP, c -> tokenStore())
                .registerEventHandler(c -> new DeadlineTracker(schedule)));
        configurer.onInitialize(c -> sweeper = new DeadlineSweeper(
                schedule, clock, command -> send(c.commandBus(), command), options.resendAfter(), options.senders()));
        // After the command bus and the processors are up, and stopped before they go down.
        configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS + 10, () -> sweeper.start(options.pollInterval()));
        configurer.onShutdown(Phase.INBOUND_EVENT_CONNECTORS + 10, () -> sweeper.stop());
    }

    /** This node's sweeper, once the configuration is built. */
    public DeadlineSweeper sweeper() {
        return sweeper;
    }

    /**
     * Straight to the command bus rather than through the gateway: a conflict with another node asking the same
     * is expected here, and the gateway would log each one as a warning.
     */
    private static CompletableFuture<Object> send(CommandBus bus, ReportCommand command) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        bus.dispatch(GenericCommandMessage.asCommandMessage(command), (message, outcome) -> {
            if (outcome.isExceptional()) {
                result.completeExceptionally(outcome.exceptionResult());
            } else {
                result.complete(outcome.getPayload());
            }
        });
        return result;
    }

    private TokenStore tokenStore() {
        MongoTokenStore.Builder builder = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .serializer(JacksonSerializer.defaultSerializer())
                .claimTimeout(options.claimTimeout());
        options.nodeId().ifPresent(builder::nodeId);
        return builder.build();
    }
}
