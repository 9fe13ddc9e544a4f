package org.gridsteward.views;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.bson.types.Binary;
import org.gridsteward.store.EventJson;

/**
 * Read models in MongoDB: one document per key, {@code {_id: key, view: <UTF-8 JSON>}}. Kept as JSON bytes
 * because the read side only ever loads a whole document by its key; nothing queries inside it. Bytes rather
 * than a string: the driver copies bytes whole but encodes a string character by character, which for a
 * ticker of Chinese lines written on every batch was a large share of a view processor's time.
 */
public final class MongoViewStore implements ViewStore {
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoDatabase database;
    private final ObjectMapper json = EventJson.objectMapper();
    private final Map<String, MongoCollection<Document>> collections = new ConcurrentHashMap<>();

    public MongoViewStore(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public <T> Optional<T> find(String collection, String id, Class<T> type) {
        Document found = collection(collection).find(eq("_id", id)).first();
        return Optional.ofNullable(found).map(d -> read(d, type));
    }

    @Override
    public <T> List<T> findAll(String collection, Collection<String> ids, Class<T> type) {
        List<T> found = new ArrayList<>(ids.size());
        for (Document document : collection(collection).find(in("_id", ids))) {
            found.add(read(document, type));
        }
        return found;
    }

    @Override
    public void save(String collection, String id, Object document) {
        try {
            collection(collection).replaceOne(eq("_id", id),
                    new Document("_id", id).append("view", new Binary(json.writeValueAsBytes(document))), UPSERT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write view " + collection + "/" + id, e);
        }
    }

    @Override
    public void saveAll(String collection, Map<String, Object> documents) {
        if (documents.isEmpty()) {
            return;
        }
        List<ReplaceOneModel<Document>> writes = new ArrayList<>(documents.size());
        documents.forEach((id, document) -> {
            try {
                writes.add(new ReplaceOneModel<>(eq("_id", id),
                        new Document("_id", id).append("view", new Binary(json.writeValueAsBytes(document))), UPSERT));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write view " + collection + "/" + id, e);
            }
        });
        collection(collection).bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    /** One unordered {@code insertMany}: cheaper than upserts, which look each key up first. */
    @Override
    public void insertAll(String collection, Map<String, Object> documents) {
        if (documents.isEmpty()) {
            return;
        }
        List<Document> inserts = new ArrayList<>(documents.size());
        documents.forEach((id, document) -> {
            try {
                inserts.add(new Document("_id", id).append("view", new Binary(json.writeValueAsBytes(document))));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write view " + collection + "/" + id, e);
            }
        });
        collection(collection).insertMany(inserts, new InsertManyOptions().ordered(false));
    }

    @Override
    public void clear(String collection) {
        collection(collection).drop();
        collections.remove(collection);
    }

    private MongoCollection<Document> collection(String name) {
        return collections.computeIfAbsent(name, database::getCollection);
    }

    private <T> T read(Document document, Class<T> type) {
        try {
            // Views written before they were stored as bytes are strings.
            return document.get("view") instanceof Binary bytes
                    ? json.readValue(bytes.getData(), type)
                    : json.readValue(document.getString("view"), type);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read view " + document.get("_id"), e);
        }
    }
}
