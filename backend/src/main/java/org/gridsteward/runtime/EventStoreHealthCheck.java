package org.gridsteward.runtime;

import com.mongodb.client.MongoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database that holds the event log answers. */
@Readiness
@ApplicationScoped
public class EventStoreHealthCheck implements HealthCheck {
    private final MongoDatabase database;

    public EventStoreHealthCheck(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            database.runCommand(new Document("ping", 1));
            long events = database.getCollection("events").estimatedDocumentCount();
            return HealthCheckResponse.named("event-store").up().withData("database", database.getName())
                    .withData("documents", events).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("event-store").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
