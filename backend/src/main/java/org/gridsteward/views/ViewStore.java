package org.gridsteward.views;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where read-model documents live, each under a collection and a key. Only point look-ups, so every read
 * is served by the unique {@code _id} index on any MongoDB.
 */
public interface ViewStore {
    <T> Optional<T> find(String collection, String id, Class<T> type);

    /** The documents found, in no particular order; missing keys are left out. */
    <T> List<T> findAll(String collection, Collection<String> ids, Class<T> type);

    void save(String collection, String id, Object document);

    /** Saves several documents of one collection, in as few round trips as the store allows. */
    default void saveAll(String collection, Map<String, Object> documents) {
        documents.forEach((id, document) -> save(collection, id, document));
    }

    /** Stores documents of one collection that it does not hold yet, as a replay into an emptied one does. */
    default void insertAll(String collection, Map<String, Object> documents) {
        saveAll(collection, documents);
    }

    /** Forgets a whole collection, before the log is replayed into it. */
    void clear(String collection);
}
