package org.gridsteward.org;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Makes the city organisation available for injection, from {@code grid.org.file} or else the demo city. */
@ApplicationScoped
public class OrgProducer {
    private static final Logger LOG = Logger.getLogger(OrgProducer.class);

    @ConfigProperty(name = "grid.org.file")
    Optional<String> file;

    // @Startup so that a bad file stops the application at boot, not at the first request that needs it.
    @Produces
    @Singleton
    @Startup
    CityOrganisation cityOrganisation() {
        CityOrganisation organisation = file.map(Path::of)
                .map(OrgLoader::load)
                .orElseGet(OrgLoader::loadDemo);
        LOG.infof("City organisation %s from %s: %d streets, %d grids, %d departments, %d categories",
                organisation.city().id(),
                file.orElse("classpath:" + OrgLoader.DEMO_RESOURCE),
                organisation.streets().size(),
                organisation.grids().size(),
                organisation.departments().size(),
                organisation.categories().size());
        return organisation;
    }
}
