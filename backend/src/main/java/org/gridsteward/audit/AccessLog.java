package org.gridsteward.audit;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.bson.Document;

/**
 * Who read what and who changed what, for the auditors: appended to, never updated or deleted. Entries are
 * numbered densely from a counter, so the log is read by position ({@code _id $in}), a point look-up on any
 * MongoDB, and a missing number shows that an entry was removed.
 */
@ApplicationScoped
public class AccessLog {
    private static final int MAX_ATTEMPTS = 50;

    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> counters;

    public AccessLog(MongoDatabase database) {
        this.entries = database.getCollection("access_log");
        this.counters = database.getCollection("access_log_counter");
    }

    public record Entry(long position, Instant at, String callerId, String role, String action, String method,
                        String path, int status) {}

    /**
     * Takes the next position and writes the entry there. The unique {@code _id} is what guarantees one
     * entry per position, whatever the counter does: a number handed out twice (the stock embedded server
     * could, before runtime/FindAndModifyReplies) costs a retry, never an overwrite.
     */
    public void append(Instant at, String callerId, String role, String action, String method, String path, int status) {
        for (int attempt = 1; ; attempt++) {
            Document counter = counters.findOneAndUpdate(eq("_id", "access_log"), Updates.inc("next", 1L),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            long position = ((Number) counter.get("next")).longValue();
            try {
                entries.insertOne(new Document("_id", position)
                        .append("at", at.toString())
                        .append("callerId", callerId)
                        .append("role", role)
                        .append("action", action)
                        .append("method", method)
                        .append("path", path)
                        .append("status", status));
                return;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Up to {@code limit} entries from {@code from} on (positions start at 1), in order. */
    public List<Entry> read(long from, int limit) {
        List<Long> positions = LongStream.range(Math.max(1, from), Math.max(1, from) + limit).boxed().toList();
        List<Entry> found = new ArrayList<>();
        entries.find(in("_id", positions)).forEach(doc -> found.add(new Entry(
                ((Number) doc.get("_id")).longValue(), Instant.parse(doc.getString("at")), doc.getString("callerId"),
                doc.getString("role"), doc.getString("action"), doc.getString("method"), doc.getString("path"),
                doc.getInteger("status", 0))));
        found.sort(java.util.Comparator.comparingLong(Entry::position));
        return found;
    }
}
