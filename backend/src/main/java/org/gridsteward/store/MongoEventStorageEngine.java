package org.gridsteward.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;

/**
 * Axon's event storage on MongoDB with a dense global order.
 *
 * <p>Every event gets a position, reserved in blocks from a counter document and stored as {@code _id}. A
 * writer may commit its positions after later ones are committed; readers keep such holes as gaps in a
 * {@link GapAwareTrackingToken} and deliver the event when it arrives, so nothing is skipped. A hole that
 * stays open longer than {@code gapTimeout} (measured on the reader's own monotonic clock, never a writer's
 * timestamp) is <em>fenced</em>: the reader inserts a void document at that position. If the writer was merely
 * slow, its insert then fails on {@code _id} and it retries with fresh positions; if it died, the hole is
 * closed. Either way no committed event is ever passed over.
 *
 * <p>Every read is a point look-up on a unique single-key index ({@code _id}, {@code aggregateKey}), so it is
 * index-served on MongoDB and on the embedded wire-protocol server alike. Stored events are never updated or
 * deleted.
 *
 * <p>Each event document carries its leaf hash for the tamper-evident log, computed from the envelope as
 * stored at its final position (see {@link LedgerDocuments}).
 */
public class MongoEventStorageEngine extends BatchingEventStorageEngine {
    static final String EVENTS = "events";
    static final String SNAPSHOTS = "snapshots";
    static final String COUNTERS = "counters";
    private static final String POSITION_COUNTER = "events";
    private static final String AGGREGATE_KEY_INDEX = "aggregateKey_unique";
    private static final String EVENT_ID_INDEX = "eventId_unique";
    private static final Pattern INDEX_NAME = Pattern.compile("index: (\\S+)");
    private static final int MAX_ATTEMPTS = 8;
    /** Aggregate loads probe this many sequence numbers first: most reports have fewer events. */
    private static final int FIRST_AGGREGATE_PROBE = 16;
    /** Positions below the head that a head token checks for writers still in flight. */
    private static final int HEAD_GAP_WINDOW = 256;
    /** Documents per round trip of a whole-log scan. */
    private static final int SCAN_BATCH = 2_000;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final MongoCollection<Document> counters;
    private final long gapTimeoutNanos;
    private final int maxGapOffset;
    private final CommitGate commitGate;
    private final Map<Long, Long> gapFirstSeenNanos = new ConcurrentHashMap<>();

    protected MongoEventStorageEngine(Builder builder) {
        super(builder);
        MongoDatabase database = builder.database;
        this.events = database.getCollection(EVENTS);
        this.snapshots = database.getCollection(SNAPSHOTS);
        this.counters = database.getCollection(COUNTERS);
        this.gapTimeoutNanos = builder.gapTimeout.toNanos();
        this.maxGapOffset = builder.maxGapOffset;
        this.commitGate = builder.commitGate;
        ensureIndexes();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The schema is enforced by unique indexes. Creating an index that exists with other options fails, and so
     * does start-up: running without them would let duplicates in.
     */
    private void ensureIndexes() {
        events.createIndex(Indexes.ascending("aggregateKey"), new IndexOptions().unique(true).name(AGGREGATE_KEY_INDEX));
        events.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true).name(EVENT_ID_INDEX));
    }

    // ---------------------------------------------------------------- writing

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        if (messages.isEmpty()) {
            return;
        }
        List<Document> pending = new ArrayList<>(messages.size());
        for (EventMessage<?> message : messages) {
            pending.add(toDocument(message, serializer));
        }
        List<? extends EventMessage<?>> pendingMessages = messages;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            long first = reservePositions(pending.size());
            List<Long> positions = new ArrayList<>(pending.size());
            for (int i = 0; i < pending.size(); i++) {
                positions.add(first + i);
                pending.get(i).put("_id", first + i);
                pending.get(i).put(LedgerDocuments.LEAF, LedgerDocuments.leafHash(pending.get(i)));
            }
            commitGate.beforeInsert(positions);
            try {
                events.insertMany(pending, new InsertManyOptions().ordered(true));
                return;
            } catch (MongoBulkWriteException e) {
                BulkWriteError error = e.getWriteErrors().get(0);
                int failedAt = error.getIndex();
                // Ordered insert: everything before failedAt is stored and stays stored; the rest never will be.
                voidPositions(positions.subList(failedAt, positions.size()));
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw new EventStoreException("could not append events: " + error.getMessage(), e);
                }
                String index = violatedIndex(error.getMessage());
                if (EVENT_ID_INDEX.equals(index)) {
                    throw new DuplicateEventIdException(pending.get(failedAt).getString("eventId"));
                }
                if (!"_id_".equals(index)) {
                    handlePersistenceException(e, pendingMessages.get(failedAt));
                    throw new EventStoreException("could not append events: " + error.getMessage(), e);
                }
                // A reader fenced our position because we were too slow: try again further on.
                pending = new ArrayList<>(pending.subList(failedAt, pending.size()));
                pendingMessages = pendingMessages.subList(failedAt, pendingMessages.size());
            }
        }
        throw new EventStoreException("could not append events: positions kept being fenced");
    }

    private long reservePositions(int count) {
        Document counter = counters.findOneAndUpdate(
                eq("_id", POSITION_COUNTER),
                Updates.inc("next", (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return counter.get("next", Number.class).longValue() - count;
    }

    private long highestReservedPosition() {
        Document counter = counters.find(eq("_id", POSITION_COUNTER)).first();
        return counter == null ? -1 : counter.get("next", Number.class).longValue() - 1;
    }

    /** Marks positions as never to hold an event; a position that already holds one is left alone. */
    private void voidPositions(List<Long> positions) {
        if (positions.isEmpty()) {
            return;
        }
        List<Document> voids = new ArrayList<>(positions.size());
        for (long position : positions) {
            voids.add(LedgerDocuments.voidDocument(position));
        }
        try {
            events.insertMany(voids, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw new EventStoreException("could not void positions: " + error.getMessage(), e);
                }
            }
        }
    }

    private Document toDocument(EventMessage<?> message, Serializer serializer) {
        String aggregateId = message.getIdentifier();
        String aggregateType = null;
        long sequence = 0;
        if (message instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
            aggregateId = domain.getAggregateIdentifier();
            aggregateType = domain.getType();
            sequence = domain.getSequenceNumber();
        }
        var payload = message.serializePayload(serializer, String.class);
        var metaData = message.serializeMetaData(serializer, String.class);
        return new Document("_id", null)
                .append("eventId", message.getIdentifier())
                .append("aggregateKey", aggregateKey(aggregateId, sequence))
                .append("aggregateId", aggregateId)
                .append("aggregateType", aggregateType)
                .append("seq", sequence)
                .append("timestamp", message.getTimestamp().toString())
                .append("type", payload.getType().getName())
                .append("revision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metadata", metaData.getData());
    }

    static String aggregateKey(String aggregateId, long sequence) {
        return aggregateId + "#" + sequence;
    }

    private static String violatedIndex(String message) {
        Matcher matcher = INDEX_NAME.matcher(message == null ? "" : message);
        return matcher.find() ? matcher.group(1) : "";
    }

    static boolean isAggregateKeyViolation(Exception e) {
        String message = null;
        if (e instanceof MongoBulkWriteException bulk && !bulk.getWriteErrors().isEmpty()) {
            message = bulk.getWriteErrors().get(0).getMessage();
        } else if (e instanceof MongoWriteException write) {
            message = write.getError().getMessage();
        }
        return AGGREGATE_KEY_INDEX.equals(violatedIndex(message));
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        var payload = snapshot.serializePayload(serializer, String.class);
        var metaData = snapshot.serializeMetaData(serializer, String.class);
        Document document = new Document("_id", snapshot.getAggregateIdentifier())
                .append("eventId", snapshot.getIdentifier())
                .append("aggregateType", snapshot.getType())
                .append("seq", snapshot.getSequenceNumber())
                .append("timestamp", snapshot.getTimestamp().toString())
                .append("type", payload.getType().getName())
                .append("revision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metadata", metaData.getData());
        snapshots.replaceOne(eq("_id", snapshot.getAggregateIdentifier()), document, new ReplaceOptions().upsert(true));
    }

    // ---------------------------------------------------------------- aggregate reads

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateId, long firstSequence, int batchSize) {
        List<DomainEventData<?>> result = new ArrayList<>();
        long next = firstSequence;
        int probe = Math.min(FIRST_AGGREGATE_PROBE, batchSize);
        while (result.size() < batchSize) {
            List<String> keys = new ArrayList<>(probe);
            for (int i = 0; i < probe; i++) {
                keys.add(aggregateKey(aggregateId, next + i));
            }
            Map<Long, Document> bySequence = new HashMap<>();
            for (Document document : events.find(in("aggregateKey", keys))) {
                bySequence.put(document.get("seq", Number.class).longValue(), document);
            }
            for (int i = 0; i < probe; i++) {
                Document document = bySequence.get(next + i);
                if (document == null) {
                    return result;
                }
                result.add(domainEntry(document));
            }
            next += probe;
            probe = Math.min(probe * 4, batchSize - result.size());
        }
        return result;
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateId) {
        Document document = snapshots.find(eq("_id", aggregateId)).first();
        return document == null ? Stream.empty() : Stream.of(domainEntry(document));
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateId) {
        Long last = null;
        long next = 0;
        List<? extends DomainEventData<?>> batch;
        do {
            batch = fetchDomainEvents(aggregateId, next, batchSize());
            if (!batch.isEmpty()) {
                last = batch.get(batch.size() - 1).getSequenceNumber();
                next = last + 1;
            }
        } while (batch.size() == batchSize());
        return Optional.ofNullable(last);
    }

    static DomainEventData<?> domainEntry(Document d) {
        return new GenericDomainEventEntry<>(
                d.getString("aggregateType"),
                d.getString("aggregateId"),
                d.get("seq", Number.class).longValue(),
                d.getString("eventId"),
                d.getString("timestamp"),
                d.getString("type"),
                d.getString("revision"),
                d.getString("payload"),
                d.getString("metadata"));
    }

    // ---------------------------------------------------------------- tracking reads

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        TrackingToken unwrapped = WrappedToken.unwrapLowerBound(lastToken);
        GapAwareTrackingToken token = unwrapped == null
                ? GapAwareTrackingToken.newInstance(-1, List.of())
                : (GapAwareTrackingToken) unwrapped;
        fenceExpiredGaps(token);
        long head = highestReservedPosition();
        List<TrackedEventData<?>> result = new ArrayList<>();
        while (true) {
            long windowEnd = Math.min(token.getIndex() + batchSize, head);
            SortedSet<Long> wanted = new TreeSet<>(token.getGaps());
            for (long p = token.getIndex() + 1; p <= windowEnd; p++) {
                wanted.add(p);
            }
            if (wanted.isEmpty()) {
                return result;
            }
            Map<Long, Document> found = new HashMap<>();
            for (Document document : events.find(in("_id", wanted))) {
                found.put(document.get("_id", Number.class).longValue(), document);
            }
            for (long position : wanted) {
                Document document = found.get(position);
                if (document == null) {
                    continue;
                }
                gapFirstSeenNanos.remove(position);
                token = advance(token, position);
                if (!document.getBoolean("void", false)) {
                    result.add(trackedEntry(token, document));
                }
            }
            noteGaps(token);
            if (!result.isEmpty() || windowEnd >= head) {
                return result;
            }
            if (token.getIndex() < windowEnd) {
                // Nothing committed in this whole window yet, but later positions exist: step over it,
                // keeping every empty position as a gap so it is still delivered when it arrives.
                SortedSet<Long> gaps = new TreeSet<>(token.getGaps());
                for (long p = token.getIndex() + 1; p <= windowEnd; p++) {
                    gaps.add(p);
                }
                token = GapAwareTrackingToken.newInstance(windowEnd, gaps);
                noteGaps(token);
            }
        }
    }

    static GapAwareTrackingToken advance(GapAwareTrackingToken token, long position) {
        SortedSet<Long> gaps = new TreeSet<>(token.getGaps());
        if (position <= token.getIndex()) {
            gaps.remove(position);
            return GapAwareTrackingToken.newInstance(token.getIndex(), gaps);
        }
        for (long p = token.getIndex() + 1; p < position; p++) {
            gaps.add(p);
        }
        return GapAwareTrackingToken.newInstance(position, gaps);
    }

    private void noteGaps(GapAwareTrackingToken token) {
        long now = System.nanoTime();
        for (long gap : token.getGaps()) {
            gapFirstSeenNanos.putIfAbsent(gap, now);
        }
    }

    /**
     * A gap older than the timeout, or further behind than {@code maxGapOffset}, is closed with a void
     * document. The insert races fairly with a late writer: whichever lands first owns the position.
     */
    private void fenceExpiredGaps(GapAwareTrackingToken token) {
        if (!token.hasGaps()) {
            return;
        }
        long now = System.nanoTime();
        List<Long> expired = new ArrayList<>();
        for (long gap : token.getGaps()) {
            Long firstSeen = gapFirstSeenNanos.get(gap);
            boolean tooOld = firstSeen != null && now - firstSeen >= gapTimeoutNanos;
            boolean tooFarBehind = token.getIndex() - gap > maxGapOffset;
            if (tooOld || tooFarBehind) {
                expired.add(gap);
            }
        }
        voidPositions(expired);
    }

    private static TrackedEventData<?> trackedEntry(TrackingToken token, Document document) {
        return new TrackedDomainEventData<>(token, domainEntry(document));
    }

    // ---------------------------------------------------------------- replays

    /**
     * The whole log in one pass, for rebuilding views from it: a single filterless scan of the events collection
     * instead of one {@code _id $in} look-up per page, holding back at most {@code window} events to restore
     * position order (see {@link LogScan}). Close it when done.
     */
    public LogScan scanWholeLog(int window) {
        long head = highestReservedPosition();
        return new LogScan(events.find().batchSize(SCAN_BATCH).iterator(), getEventSerializer(), upcasterChain, window, head);
    }

    // ---------------------------------------------------------------- tokens

    @Override
    public TrackingToken createTailToken() {
        return GapAwareTrackingToken.newInstance(-1, List.of());
    }

    /** The newest position, with every still-empty position near it as a gap so late commits are not lost. */
    @Override
    public TrackingToken createHeadToken() {
        long head = highestReservedPosition();
        if (head < 0) {
            return createTailToken();
        }
        long from = Math.max(0, head - HEAD_GAP_WINDOW);
        List<Long> window = new ArrayList<>();
        for (long p = from; p <= head; p++) {
            window.add(p);
        }
        SortedSet<Long> missing = new TreeSet<>(window);
        for (Document document : events.find(in("_id", window)).projection(new Document("_id", 1))) {
            missing.remove(document.get("_id", Number.class).longValue());
        }
        return GapAwareTrackingToken.newInstance(head, missing);
    }

    /**
     * The token just before the first event stored at or after {@code instant}. Positions follow commit order,
     * and timestamps come from writers' clocks, so this is a binary search over point look-ups and only as exact
     * as those clocks; delivery itself never depends on it.
     */
    @Override
    public TrackingToken createTokenAt(Instant instant) {
        long low = 0;
        long high = highestReservedPosition() + 1;
        while (low < high) {
            long mid = (low + high) >>> 1;
            Instant at = timestampAtOrAfter(mid, high);
            if (at == null || !at.isBefore(instant)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low == 0 ? createTailToken() : GapAwareTrackingToken.newInstance(low - 1, List.of());
    }

    private Instant timestampAtOrAfter(long position, long limit) {
        int probe = 64;
        for (long from = position; from < limit; from += probe) {
            List<Long> ids = new ArrayList<>();
            for (long p = from; p < Math.min(from + probe, limit); p++) {
                ids.add(p);
            }
            Document earliest = null;
            for (Document document : events.find(in("_id", ids))) {
                if (!document.getBoolean("void", false) && (earliest == null
                        || document.get("_id", Number.class).longValue() < earliest.get("_id", Number.class).longValue())) {
                    earliest = document;
                }
            }
            if (earliest != null) {
                return Instant.parse(earliest.getString("timestamp"));
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- builder

    public static class Builder extends BatchingEventStorageEngine.Builder {
        private MongoDatabase database;
        private Duration gapTimeout = Duration.ofSeconds(10);
        private int maxGapOffset = 10_000;
        private CommitGate commitGate = CommitGate.OPEN;

        public Builder() {
            persistenceExceptionResolver(MongoEventStorageEngine::isAggregateKeyViolation);
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** How long a reserved but empty position is waited for before it is fenced. */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        /** How far behind the newest delivered position a gap may lie before it is fenced regardless of age. */
        public Builder maxGapOffset(int maxGapOffset) {
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        public Builder commitGate(CommitGate commitGate) {
            this.commitGate = commitGate;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        protected void validate() {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("a MongoDatabase is required");
            }
            if (gapTimeout.isNegative() || maxGapOffset <= 0) {
                throw new AxonConfigurationException("gapTimeout must not be negative and maxGapOffset must be positive");
            }
        }

        public MongoEventStorageEngine build() {
            validate();
            return new MongoEventStorageEngine(this);
        }
    }
}
