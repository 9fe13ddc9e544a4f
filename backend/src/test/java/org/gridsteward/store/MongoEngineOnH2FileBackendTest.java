package org.gridsteward.store;

import de.bwaldvogel.mongo.MongoBackend;
import org.gridsteward.runtime.DurableH2Backend;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: an H2 file committed on every write, reopened from disk after a restart. */
class MongoEngineOnH2FileBackendTest extends MongoEngineConformanceTest {
    @TempDir
    Path dataDirectory;

    @Override
    protected MongoBackend newBackend() {
        return new DurableH2Backend(dataDirectory.resolve("events.mv").toString());
    }
}
