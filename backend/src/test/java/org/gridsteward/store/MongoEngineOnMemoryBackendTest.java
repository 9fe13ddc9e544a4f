package org.gridsteward.store;

import de.bwaldvogel.mongo.MongoBackend;
import org.gridsteward.runtime.EmbeddedMemoryBackend;

class MongoEngineOnMemoryBackendTest extends MongoEngineConformanceTest {
    @Override
    protected MongoBackend newBackend() {
        return new EmbeddedMemoryBackend();
    }

    /** Memory cannot outlive its server: a restart here reconnects every client and rebuilds every engine. */
    @Override
    protected boolean serverSurvivesRestart() {
        return true;
    }
}
