package org.gridsteward.runtime;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.util.Set;

/**
 * The embedded server's H2 file store, committed before every write is acknowledged. H2 on its own commits
 * in the background about once a second, so a killed process would lose writes its clients were told had
 * succeeded.
 */
public final class DurableH2Backend extends H2Backend {
    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findAndModify", "findandmodify", "createIndexes", "drop", "dropIndexes");

    public DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document reply = super.handleMessage(message);
        if (isWrite(message.getDocument())) {
            commit();
        }
        return reply;
    }

    private static boolean isWrite(Document command) {
        return !command.isEmpty() && WRITE_COMMANDS.contains(command.keySet().iterator().next());
    }
}
