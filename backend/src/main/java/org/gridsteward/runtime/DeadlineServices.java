package org.gridsteward.runtime;

import com.mongodb.client.MongoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridsteward.deadline.BusinessCalendar;
import org.gridsteward.deadline.DeadlineTracking;
import org.gridsteward.org.CityOrganisation;

/** Deadline tracking as configured under {@code grid.deadline.*}. */
@ApplicationScoped
public class DeadlineServices {

    @Produces
    @Singleton
    DeadlineTracking deadlineTracking(
            MongoDatabase database,
            Clock clock,
            BusinessCalendar calendar,
            CityOrganisation city,
            @ConfigProperty(name = "grid.deadline.warnings") String warnings,
            @ConfigProperty(name = "grid.deadline.escalation.community-after") Duration communityAfter,
            @ConfigProperty(name = "grid.deadline.escalation.street-after") Duration streetAfter,
            @ConfigProperty(name = "grid.deadline.escalation.city-after") Duration cityAfter,
            @ConfigProperty(name = "grid.deadline.poll-interval") Duration pollInterval,
            @ConfigProperty(name = "grid.deadline.resend-after") Duration resendAfter,
            @ConfigProperty(name = "grid.deadline.claim-timeout") Duration claimTimeout,
            @ConfigProperty(name = "grid.deadline.senders") int senders,
            @ConfigProperty(name = "grid.deadline.node-id") Optional<String> nodeId) {
        return new DeadlineTracking(database, clock, calendar, new OrganisationDirectory(city),
                new DeadlineTracking.Options(
                        warnings, communityAfter, streetAfter, cityAfter, pollInterval, resendAfter, claimTimeout,
                        senders, nodeId));
    }
}
