package org.gridsteward.runtime;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.util.List;
import java.util.Set;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's H2 file store, committed before every write is acknowledged. H2 on its own commits
 * in the background about once a second, so a killed process would lose writes its clients were told had
 * succeeded. Writes that arrive while a commit runs share the next one ({@link GroupCommit}), so the cost of
 * writing pages out is paid once for them all. Unique indexes compare keys with {@link IndexKeyOrder}, and
 * find-and-modify answers what the caller's own update produced ({@link FindAndModifyReplies}).
 */
public final class DurableH2Backend extends H2Backend {
    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findAndModify", "findandmodify", "createIndexes", "drop", "dropIndexes");

    private final GroupCommit commits = new GroupCommit(this::commit);
    private final FindAndModifyReplies findAndModify = new FindAndModifyReplies();
    /** Made on first use: the super constructor already opens the databases in the file, and their indexes. */
    private IndexKeyOrder.Kept keptKeys;

    public DurableH2Backend(String fileName) {
        super(MVStore.open(fileName));
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document reply = findAndModify.handle(message, super::handleMessage);
        if (isWrite(message.getDocument())) {
            commits.awaitDurable();
        }
        return reply;
    }

    private static boolean isWrite(Document command) {
        return !command.isEmpty() && WRITE_COMMANDS.contains(command.keySet().iterator().next());
    }

    private synchronized IndexKeyOrder.Kept keptKeys() {
        if (keptKeys == null) {
            keptKeys = new IndexKeyOrder.Kept();
        }
        return keptKeys;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new OrderedIndexes(databaseName);
    }

    /** Index maps name their key type before H2Database opens them by name, and then finds them open. */
    private final class OrderedIndexes extends H2Database {
        OrderedIndexes(String databaseName) {
            super(databaseName, DurableH2Backend.this.getMvStore(), DurableH2Backend.this.getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            DurableH2Backend.this.getMvStore().openMap(indexMapName(collectionName, indexName),
                    new MVMap.Builder<Object, Object>().keyType(new IndexKeyOrder(keptKeys())));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }

        /** As H2Database names an index's map. */
        String indexMapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        }
    }
}
