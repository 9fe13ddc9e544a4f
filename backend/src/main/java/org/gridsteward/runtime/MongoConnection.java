package org.gridsteward.runtime;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one MongoDB connection of the process: the configured server when {@code MONGODB_URL} (or
 * {@code quarkus.mongodb.connection-string}) is set, otherwise a wire-protocol server started in-process on
 * loopback, so the code path is the same either way.
 */
@ApplicationScoped
public class MongoConnection {
    private static final Logger LOG = Logger.getLogger(MongoConnection.class);
    /**
     * The embedded server answers each connection on one of these threads, and a write holds its thread until
     * the write is durable; with as many threads as connections busy at once, waiting for one commit never
     * holds up a read or a write on another connection (Netty's default is two per core).
     */
    static final int SERVER_THREADS = 32;

    @ConfigProperty(name = "mongodb.url")
    Optional<String> url;

    @ConfigProperty(name = "quarkus.mongodb.connection-string")
    Optional<String> quarkusUrl;

    @ConfigProperty(name = "grid.mongodb.database", defaultValue = "grid_steward")
    String databaseName;

    @ConfigProperty(name = "grid.data-dir", defaultValue = "data")
    Path dataDirectory;

    /** {@code file} keeps data under the data directory across restarts; {@code memory} is for tests. */
    @ConfigProperty(name = "grid.embedded.storage", defaultValue = "file")
    String embeddedStorage;

    private MongoServer embedded;
    private MongoClient client;

    @Produces
    @Singleton
    MongoDatabase database() {
        return client().getDatabase(databaseName);
    }

    synchronized MongoClient client() {
        if (client == null) {
            client = MongoClients.create(url.or(() -> quarkusUrl).orElseGet(this::startEmbedded));
        }
        return client;
    }

    private String startEmbedded() {
        embedded = new MongoServer(embeddedBackend());
        embedded.bind(new InetSocketAddress("127.0.0.1", 0), 1, SERVER_THREADS);
        String address = embedded.getConnectionString();
        LOG.infof("No MongoDB URL configured: embedded database (%s) at %s", describeStorage(), address);
        return address;
    }

    private MongoBackend embeddedBackend() {
        if ("memory".equals(embeddedStorage)) {
            return new EmbeddedMemoryBackend();
        }
        if (!"file".equals(embeddedStorage)) {
            throw new IllegalStateException("grid.embedded.storage must be 'file' or 'memory', not '" + embeddedStorage + "'");
        }
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dataDirectory.toAbsolutePath(), e);
        }
        return new DurableH2Backend(dataDirectory.resolve("grid-steward.mv").toString());
    }

    private String describeStorage() {
        return "memory".equals(embeddedStorage) ? "in memory" : dataDirectory.toAbsolutePath().resolve("grid-steward.mv").toString();
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
        }
        if (embedded != null) {
            // An orderly shutdown commits the H2 store; data acknowledged before it is already on disk.
            embedded.shutdown();
        }
    }
}
