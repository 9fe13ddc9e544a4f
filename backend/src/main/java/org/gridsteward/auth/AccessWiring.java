package org.gridsteward.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridsteward.access.AccessRules;
import org.gridsteward.access.RateLimiter;
import org.gridsteward.access.Scope;
import org.gridsteward.org.CityOrganisation;

/** The plain-Java access rules and limits, given the city and the configuration. */
@ApplicationScoped
public class AccessWiring {

    @Produces
    @Singleton
    AccessRules accessRules(CityOrganisation city) {
        return new AccessRules(new OrganisationPlaces(city));
    }

    @Produces
    @Singleton
    ScopeCheck scopeCheck(CityOrganisation city) {
        OrganisationPlaces places = new OrganisationPlaces(city);
        return places::exists;
    }

    /** Anonymous writes (report intake, sign-in attempts), per client address. */
    @Produces
    @Singleton
    @Named("public-writes")
    RateLimiter publicWrites(@ConfigProperty(name = "grid.intake.rate-limit.requests", defaultValue = "20") int requests,
                             @ConfigProperty(name = "grid.intake.rate-limit.period", defaultValue = "PT1M") Duration period) {
        return new RateLimiter(requests, period, System::nanoTime);
    }

    /** Whether a scope names only places that exist. */
    @FunctionalInterface
    public interface ScopeCheck {
        boolean exists(Scope scope);
    }
}
