package org.gridsteward.runtime;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;

/** The embedded server's memory store, with find-and-modify answered as MongoDB does ({@link FindAndModifyReplies}). */
public final class EmbeddedMemoryBackend extends MemoryBackend {
    private final FindAndModifyReplies findAndModify = new FindAndModifyReplies();

    @Override
    public Document handleMessage(MongoMessage message) {
        return findAndModify.handle(message, super::handleMessage);
    }
}
