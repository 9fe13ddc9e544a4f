package org.gridsteward.photos;

import com.mongodb.client.MongoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires the photo store to the process's database with the configured largest photo. */
@ApplicationScoped
public class PhotoStorage {
    /** Stays well under MongoDB's 16 MiB document limit, since each photo is one chunk document. */
    static final int LARGEST_CONFIGURABLE = 15 * 1024 * 1024;

    @ConfigProperty(name = "grid.photos.max-bytes", defaultValue = "5242880")
    int maxBytes;

    @Produces
    @Singleton
    PhotoStore photoStore(MongoDatabase database, Clock clock) {
        if (maxBytes < 1 || maxBytes > LARGEST_CONFIGURABLE) {
            throw new IllegalStateException("grid.photos.max-bytes must be 1 to " + LARGEST_CONFIGURABLE + ", not " + maxBytes);
        }
        return new PhotoStore(database, maxBytes, clock);
    }
}
