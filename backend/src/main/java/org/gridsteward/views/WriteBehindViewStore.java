package org.gridsteward.views;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Holds what one batch of events reads and writes, and writes each changed document once when the batch is
 * flushed: a batch of a thousand events then writes the city's document once, not a thousand times. Documents
 * of the {@linkplain #keep kept} collections stay in hand after a flush, so the next batch does not load them
 * again; that is sound while this processor alone writes them (one thread, one segment), and a failed batch
 * or a reset drops them so they are loaded afresh from what was stored. Another node can take the processor
 * over only once this one's token claim has lapsed, which takes longer than any pause between its batches
 * while it holds the claim; so a batch that starts after a pause that long drops them too
 * ({@link #startBatch}). Used by one processor thread at a time.
 */
final class WriteBehindViewStore implements ViewStore {
    private final ViewStore store;
    private final Set<String> kept = new HashSet<>();
    private final Map<String, Map<String, Optional<Object>>> cache = new HashMap<>();
    private final Map<String, Map<String, Object>> dirty = new LinkedHashMap<>();

    /**
     * While a replay fills emptied collections: the keys written since they were emptied. A key not among them
     * does not exist, so it is not looked up, and its document is inserted rather than upserted.
     */
    private Map<String, Set<String>> writtenSinceEmptied;

    private final long staleAfterNanos;
    private final LongSupplier nanoTime;
    private long lastFlushNanos;
    private boolean flushed;

    WriteBehindViewStore(ViewStore store) {
        this(store, Duration.ofSeconds(5), System::nanoTime);
    }

    /**
     * @param staleAfter a pause between batches after which kept documents are no longer trusted: shorter than
     *                   the token store's claim timeout, with room for clocks that differ between nodes
     */
    WriteBehindViewStore(ViewStore store, Duration staleAfter, LongSupplier nanoTime) {
        this.store = store;
        this.staleAfterNanos = staleAfter.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Called before a batch's first event: drops kept documents that may have been rewritten elsewhere. */
    void startBatch() {
        if (flushed && nanoTime.getAsLong() - lastFlushNanos >= staleAfterNanos) {
            cache.clear();
        }
    }

    /** From now on every collection is known to be empty but for what this store writes; see {@link #live}. */
    void fromEmptied() {
        writtenSinceEmptied = new HashMap<>();
    }

    /** Back to documents others may have written: unknown keys are looked up again. */
    void live() {
        writtenSinceEmptied = null;
    }

    private boolean surelyAbsent(String collection, String id) {
        return writtenSinceEmptied != null
                && !writtenSinceEmptied.getOrDefault(collection, Set.of()).contains(id);
    }

    /** Keeps the documents of this collection in hand between batches (see the class comment). */
    void keep(String collection) {
        kept.add(collection);
    }

    @Override
    public <T> Optional<T> find(String collection, String id, Class<T> type) {
        Map<String, Optional<Object>> documents = cache.computeIfAbsent(collection, c -> new HashMap<>());
        Optional<Object> known = documents.get(id);
        if (known == null) {
            known = surelyAbsent(collection, id)
                    ? Optional.empty()
                    : store.find(collection, id, type).map(Object.class::cast);
            documents.put(id, known);
        }
        return known.map(type::cast);
    }

    @Override
    public <T> List<T> findAll(String collection, Collection<String> ids, Class<T> type) {
        if (type == ScopeTally.class) {
            // A map of the city's grids reads every grid's tally: those not in hand come in one look-up, not fifty.
            prefetch(collection, ids, type);
        }
        List<T> found = new ArrayList<>();
        for (String id : ids) {
            find(collection, id, type).ifPresent(found::add);
        }
        return found;
    }

    /** Loads in one look-up every document of these keys the batch has not seen yet. */
    void prefetch(String collection, Collection<String> ids, Class<?> type) {
        Map<String, Optional<Object>> documents = cache.computeIfAbsent(collection, c -> new HashMap<>());
        List<String> missing = ids.stream()
                .filter(id -> !documents.containsKey(id) && !surelyAbsent(collection, id))
                .distinct()
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        missing.forEach(id -> documents.put(id, Optional.empty()));
        for (Object document : store.findAll(collection, missing, type)) {
            documents.put(idOf(document), Optional.of(document));
        }
    }

    @Override
    public void save(String collection, String id, Object document) {
        cache.computeIfAbsent(collection, c -> new HashMap<>()).put(id, Optional.of(document));
        dirty.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(id, document);
    }

    @Override
    public void saveAll(String collection, Map<String, Object> documents) {
        documents.forEach((id, document) -> save(collection, id, document));
    }

    @Override
    public void clear(String collection) {
        cache.remove(collection);
        dirty.remove(collection);
        if (writtenSinceEmptied != null) {
            writtenSinceEmptied.remove(collection);
        }
        store.clear(collection);
    }

    /** Writes every changed document and forgets the batch, but for the kept documents, now as stored. */
    void flush() {
        if (writtenSinceEmptied == null) {
            dirty.forEach(store::saveAll);
        } else {
            dirty.forEach(this::writeIntoEmptied);
        }
        dirty.clear();
        cache.keySet().retainAll(kept);
        lastFlushNanos = nanoTime.getAsLong();
        flushed = true;
    }

    private void writeIntoEmptied(String collection, Map<String, Object> documents) {
        Set<String> written = writtenSinceEmptied.computeIfAbsent(collection, c -> new HashSet<>());
        Map<String, Object> fresh = new LinkedHashMap<>();
        Map<String, Object> rewritten = new LinkedHashMap<>();
        documents.forEach((id, document) -> (written.contains(id) ? rewritten : fresh).put(id, document));
        store.insertAll(collection, fresh);
        store.saveAll(collection, rewritten);
        written.addAll(fresh.keySet());
    }

    /**
     * Drops the batch's changes and every document in hand, as when its processing failed and it will be
     * delivered again.
     */
    void forget() {
        dirty.clear();
        cache.clear();
    }

    private static String idOf(Object document) {
        if (document instanceof ScopeTally t) {
            return t.scope();
        }
        if (document instanceof ReportTrack t) {
            return t.reportId();
        }
        if (document instanceof DepartmentTrack t) {
            return t.reportId();
        }
        if (document instanceof TickerProjection.TickerTrack t) {
            return t.reportId();
        }
        if (document instanceof CategoryProjection.CategoryTrack t) {
            return t.reportId();
        }
        if (document instanceof ReportSummary s) {
            return s.reportId();
        }
        throw new IllegalArgumentException("cannot prefetch " + document.getClass().getSimpleName());
    }
}
