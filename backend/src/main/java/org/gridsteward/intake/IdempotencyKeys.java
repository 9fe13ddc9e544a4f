package org.gridsteward.intake;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * Remembers which report an {@code Idempotency-Key} created, so a client that retries after a lost answer
 * gets the same report instead of a second one. The key is the document's {@code _id}: claiming it is one
 * insert that either wins or finds the earlier claim. The insert comes first because almost every key is new;
 * a retry therefore costs a report number, which is skipped.
 */
@ApplicationScoped
public class IdempotencyKeys {
    /** A claim found gone after a duplicate key was released by its refused request in between: try again. */
    private static final int MAX_ATTEMPTS = 5;

    private final MongoCollection<Document> claims;

    public IdempotencyKeys(MongoDatabase database) {
        this.claims = database.getCollection("idempotency_keys");
    }

    /** The report this key stands for: the one claimed earlier, or a new one named by {@code newReportId}. */
    public Claim claim(String key, String fingerprint, Supplier<String> newReportId, Instant at) {
        for (int attempt = 1; ; attempt++) {
            String reportId = newReportId.get();
            try {
                claims.insertOne(new Document("_id", key)
                        .append("reportId", reportId)
                        .append("fingerprint", fingerprint)
                        .append("claimedAt", at.toString()));
                return new Claim(reportId, true);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Document existing = claims.find(eq("_id", key)).first();
            if (existing != null) {
                if (!fingerprint.equals(existing.getString("fingerprint"))) {
                    throw new IdempotencyKeyReusedException(key);
                }
                return new Claim(existing.getString("reportId"), false);
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException("Idempotency-Key '" + key + "' kept being claimed and released");
            }
        }
    }

    /** Frees a key whose request was refused, so the client may correct it and send it again. */
    public void release(String key) {
        claims.deleteOne(eq("_id", key));
    }

    public record Claim(String reportId, boolean isNew) {}
}
