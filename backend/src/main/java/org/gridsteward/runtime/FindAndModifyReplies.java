package org.gridsteward.runtime;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.util.function.Function;

/**
 * The embedded server answers a find-and-modify with the stored document itself and writes the answer out
 * after releasing its lock, so a concurrent {@code $inc} can change the value before it reaches the caller:
 * two callers then read the same counter value and one value is never seen. Here find-and-modify commands
 * take turns and each answer is copied before the next one runs, so every caller reads the value its own
 * update produced, as on MongoDB.
 */
final class FindAndModifyReplies {
    private final Object turn = new Object();

    Document handle(MongoMessage message, Function<MongoMessage, Document> server) {
        if (!isFindAndModify(message.getDocument())) {
            return server.apply(message);
        }
        synchronized (turn) {
            return server.apply(message).cloneDeeply();
        }
    }

    static boolean isFindAndModify(Document command) {
        if (command.isEmpty()) {
            return false;
        }
        String name = command.keySet().iterator().next();
        return name.equals("findAndModify") || name.equals("findandmodify");
    }
}
