package org.gridsteward.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

class MongoEngineOnMemoryBackendTest extends MongoEngineConformanceTest {
    @Override
    protected MongoBackend newBackend() {
        return new MemoryBackend();
    }

    /** Memory cannot outlive its server: a restart here reconnects every client and rebuilds every engine. */
    @Override
    protected boolean serverSurvivesRestart() {
        return true;
    }
}
