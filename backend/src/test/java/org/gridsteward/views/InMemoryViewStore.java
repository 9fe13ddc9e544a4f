package org.gridsteward.views;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Read models in maps, for testing the projections as plain Java. */
public final class InMemoryViewStore implements ViewStore {
    private final Map<String, Map<String, Object>> collections = new ConcurrentHashMap<>();

    @Override
    public <T> Optional<T> find(String collection, String id, Class<T> type) {
        return Optional.ofNullable(collections.getOrDefault(collection, Map.of()).get(id)).map(type::cast);
    }

    @Override
    public <T> List<T> findAll(String collection, Collection<String> ids, Class<T> type) {
        List<T> found = new ArrayList<>();
        ids.forEach(id -> find(collection, id, type).ifPresent(found::add));
        return found;
    }

    @Override
    public void save(String collection, String id, Object document) {
        collections.computeIfAbsent(collection, c -> new ConcurrentHashMap<>()).put(id, document);
    }

    @Override
    public void clear(String collection) {
        collections.remove(collection);
    }
}
