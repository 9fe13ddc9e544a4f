package org.gridsteward.org;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The city's map: {@code grid.org.geo-file} when set, else the demo city's own map when the demo city is in use;
 * a city of one's own ({@code grid.org.file}) without a map of its own has none.
 */
@ApplicationScoped
public class CityMapProducer {
    private static final Logger LOG = Logger.getLogger(CityMapProducer.class);

    @ConfigProperty(name = "grid.org.file")
    Optional<String> orgFile;

    @ConfigProperty(name = "grid.org.geo-file")
    Optional<String> geoFile;

    // @Startup so that a map that does not fit the city stops the application at boot, as a bad city file does.
    @Produces
    @Singleton
    @Startup
    CityMap cityMap(CityOrganisation city) {
        CityMap map;
        String source;
        if (geoFile.isPresent()) {
            source = geoFile.get();
            map = CityMap.load(Path.of(source), city);
        } else if (orgFile.isEmpty()) {
            source = "classpath:" + CityMap.DEMO_RESOURCE;
            map = CityMap.loadResource(CityMap.DEMO_RESOURCE, city);
        } else {
            LOG.infof("No city map: grid.org.file is set without grid.org.geo-file; GET /api/org/geo answers 404");
            return CityMap.absent();
        }
        LOG.infof("City map from %s: %d grids drawn", source, map.features());
        return map;
    }
}
