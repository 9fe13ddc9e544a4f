package org.gridsteward.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: an H2 file, reopened from disk after a restart. */
class MongoEngineOnH2FileBackendTest extends MongoEngineConformanceTest {
    @TempDir
    Path dataDirectory;

    @Override
    protected MongoBackend newBackend() {
        return new H2Backend(dataDirectory.resolve("events.mv").toString());
    }
}
