package org.gridsteward.runtime;

import com.mongodb.client.MongoDatabase;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.gridsteward.deadline.DeadlineTracking;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.resident.ResidentEvent;
import org.gridsteward.org.CityOrganisation;
import org.gridsteward.report.CityDirectory;
import org.gridsteward.report.DeadlinePolicy;
import org.gridsteward.report.Report;
import org.gridsteward.store.EventJson;
import org.gridsteward.store.EventTypeSerializer;
import org.gridsteward.store.MongoEventStorageEngine;
import org.gridsteward.views.ViewProcessing;

/** Axon, wired by hand: the report aggregate on the MongoDB event store, with the city it needs to decide. */
@ApplicationScoped
public class AxonRuntime {
    private final MongoDatabase database;
    private final CityOrganisation city;
    private final DeadlinePolicy deadlines;
    private final DeadlineTracking deadlineTracking;
    private Configuration configuration;

    // ---- live views and metrics: their processors and monitors join the configuration below
    @Inject
    ViewProcessing viewProcessing;

    @Inject
    AxonMetrics axonMetrics;

    public AxonRuntime(
            MongoDatabase database, CityOrganisation city, DeadlinePolicy deadlines, DeadlineTracking deadlineTracking) {
        this.database = database;
        this.city = city;
        this.deadlines = deadlines;
        this.deadlineTracking = deadlineTracking;
    }

    void startWithTheApplication(@Observes StartupEvent event) {
        configuration();
    }

    synchronized Configuration configuration() {
        if (configuration == null) {
            Configurer configurer = reports(engine(database), new OrganisationDirectory(city), deadlines)
                    .eventProcessing(viewProcessing::configure)
                    .configureMessageMonitor(CommandBus.class, c -> axonMetrics.commands())
                    .configureMessageMonitor(EventStore.class, c -> axonMetrics.events());
            deadlineTracking.registerWith(configurer);
            configuration = configurer.buildConfiguration();
            configuration.start();
        }
        return configuration;
    }

    /** The application's event store engine on this database, with the events' own serializer. */
    public static MongoEventStorageEngine engine(MongoDatabase database) {
        Serializer serializer = eventSerializer();
        return MongoEventStorageEngine.builder()
                .database(database)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
    }

    /** The report aggregate on this engine, deciding with this city and deadline policy: what every node runs. */
    public static Configurer reports(MongoEventStorageEngine engine, CityDirectory city, DeadlinePolicy deadlines) {
        return onEngine(engine)
                .configureAggregate(Report.class)
                .registerComponent(CityDirectory.class, c -> city)
                .registerComponent(DeadlinePolicy.class, c -> deadlines);
    }

    /**
     * Axon on this engine with the events' serializer everywhere; the engine itself is a component, since a
     * rebuild reads the whole log through it.
     */
    public static Configurer onEngine(MongoEventStorageEngine engine) {
        Serializer serializer = eventSerializer();
        return DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> engine)
                .registerComponent(MongoEventStorageEngine.class, c -> engine);
    }

    public static Serializer eventSerializer() {
        List<Class<?>> events = new ArrayList<>(List.of(ReportEvent.class.getPermittedSubclasses()));
        events.addAll(List.of(ResidentEvent.class.getPermittedSubclasses()));
        return new EventTypeSerializer(EventJson.objectMapper(), events);
    }

    @Produces
    @Singleton
    CommandGateway commandGateway() {
        return configuration().commandGateway();
    }

    @Produces
    @Singleton
    EventStore eventStore() {
        return configuration().eventStore();
    }

    @PreDestroy
    synchronized void stop() {
        if (configuration != null) {
            configuration.shutdown();
        }
    }
}
