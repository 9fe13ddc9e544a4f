package org.gridsteward.privacy;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;

/**
 * Where residents' keys live, apart from the event log: {@value #KEYS} holds each resident's wrapped data key
 * under their random id, {@value #PHONES} maps a phone number's HMAC index entry to the resident it belongs to.
 * Neither holds a name or a number. Every read is a point look-up on {@code _id}.
 */
@ApplicationScoped
public class ResidentKeys {
    static final String KEYS = "resident_keys";
    static final String PHONES = "resident_phones";

    private final MongoCollection<Document> keys;
    private final MongoCollection<Document> phones;

    public ResidentKeys(MongoDatabase database) {
        this.keys = database.getCollection(KEYS);
        this.phones = database.getCollection(PHONES);
    }

    /**
     * The resident this phone number's index entry belongs to, or one created for it with a fresh key. The entry
     * carries a copy of the wrapped key, so a returning resident costs one point look-up.
     */
    Resident residentFor(String phoneEntry, KeyMaker newKey, Instant at) {
        Document known = phones.find(eq("_id", phoneEntry)).first();
        if (known != null) {
            return new Resident(known.getString("residentId"), known.getString("key"));
        }
        Resident created = create(phoneEntry, newKey, at);
        try {
            phones.insertOne(new Document("_id", phoneEntry).append("residentId", created.id()).append("key", created.wrappedKey()));
            return created;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // Another submission with the same number got there first: theirs is the resident, ours is dropped.
            keys.deleteOne(eq("_id", created.id()));
            Document winner = phones.find(eq("_id", phoneEntry)).first();
            return new Resident(winner.getString("residentId"), winner.getString("key"));
        }
    }

    /** A resident who left no phone number, so nothing can find them again. */
    Resident newResident(KeyMaker newKey, Instant at) {
        return create(null, newKey, at);
    }

    private Resident create(String phoneEntry, KeyMaker newKey, Instant at) {
        String residentId = UUID.randomUUID().toString();
        String wrapped = newKey.wrappedFor(residentId);
        // The key is stored before the index points at it, so a found resident always has one.
        keys.insertOne(new Document("_id", residentId)
                .append("key", wrapped)
                .append("phone", phoneEntry)
                .append("createdAt", at.toString()));
        return new Resident(residentId, wrapped);
    }

    /** A resident's random id and their data key as stored, wrapped. */
    record Resident(String id, String wrappedKey) {}

    Optional<String> wrappedKey(String residentId) {
        return Optional.ofNullable(keys.find(eq("_id", residentId)).first()).map(d -> d.getString("key"));
    }

    /** The wrapped keys of those residents still known; erased ones are left out. */
    Map<String, String> wrappedKeys(Collection<String> residentIds) {
        Map<String, String> found = new HashMap<>();
        keys.find(in("_id", residentIds)).forEach(d -> found.put(d.getString("_id"), d.getString("key")));
        return found;
    }

    Optional<String> residentByPhone(String phoneEntry) {
        return Optional.ofNullable(phones.find(eq("_id", phoneEntry)).first()).map(d -> d.getString("residentId"));
    }

    /**
     * Forgets the resident: their phone index entry, then their key. Whether they were known before; forgetting
     * again changes nothing.
     */
    boolean forget(String residentId) {
        Document key = keys.find(eq("_id", residentId)).first();
        if (key == null) {
            return false;
        }
        if (key.getString("phone") != null) {
            phones.deleteOne(eq("_id", key.getString("phone")));
        }
        keys.deleteOne(eq("_id", residentId));
        return true;
    }

    @FunctionalInterface
    interface KeyMaker {
        /** A fresh data key, wrapped for this resident. */
        String wrappedFor(String residentId);
    }
}
