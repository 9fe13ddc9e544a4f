package org.gridsteward.ledger.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.types.Binary;
import org.gridsteward.ledger.CompactRange;
import org.gridsteward.ledger.LogEntry;
import org.gridsteward.ledger.LogVerifier;
import org.gridsteward.ledger.NodeId;
import org.gridsteward.ledger.Range;
import org.gridsteward.ledger.TreeHead;
import org.gridsteward.store.LedgerDocuments;

/**
 * The tamper-evident log's state in MongoDB, beside the events it seals: every completed perfect subtree
 * ({@code ledger_nodes}, keyed "level/index"), the sealer's claim and progress ({@code ledger_state}), and the
 * signed tree heads ({@code ledger_heads}, keyed by size). Every read is a point look-up on {@code _id}.
 */
public class MongoLedger implements LogVerifier.Source {
    static final String NODES = "ledger_nodes";
    static final String STATE = "ledger_state";
    static final String HEADS = "ledger_heads";
    private static final String EVENTS = "events";
    private static final String COUNTERS = "counters";
    private static final String POSITION_COUNTER = "events";
    private static final String SEALER = "sealer";

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> counters;
    private final MongoCollection<Document> nodes;
    private final MongoCollection<Document> state;
    private final MongoCollection<Document> heads;

    public MongoLedger(MongoDatabase database) {
        this.events = database.getCollection(EVENTS);
        this.counters = database.getCollection(COUNTERS);
        this.nodes = database.getCollection(NODES);
        this.state = database.getCollection(STATE);
        this.heads = database.getCollection(HEADS);
    }

    /** The sealer's progress as of a successful claim. */
    public record SealState(long size, long lastHeadSize, Instant lastHeadAt) {}

    // ---------------------------------------------------------------- the claim

    /**
     * Takes or renews the one sealer's claim: granted when nobody holds it, this node holds it, or the holder's
     * lease has run out. Lease times are wall-clock times compared across nodes, as a token claim's are.
     */
    public Optional<SealState> claim(String node, Instant now, Duration lease) {
        long until = now.plus(lease).toEpochMilli();
        Document claimed = state.findOneAndUpdate(
                and(eq("_id", SEALER), or(eq("owner", node), lt("leaseUntil", now.toEpochMilli()))),
                Updates.combine(Updates.set("owner", node), Updates.set("leaseUntil", until)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (claimed == null) {
            try {
                state.insertOne(new Document("_id", SEALER).append("owner", node).append("leaseUntil", until)
                        .append("size", 0L).append("lastHeadSize", 0L).append("lastHeadAt", 0L));
                return Optional.of(new SealState(0, 0, Instant.EPOCH));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return Optional.empty();
                }
                throw e;
            }
        }
        return Optional.of(new SealState(
                claimed.get("size", Number.class).longValue(),
                claimed.get("lastHeadSize", Number.class).longValue(),
                Instant.ofEpochMilli(claimed.get("lastHeadAt", Number.class).longValue())));
    }

    /** Records progress, if this node still holds the claim; false when another has taken it over. */
    public boolean advance(String node, long size, long lastHeadSize, Instant lastHeadAt) {
        return state.updateOne(and(eq("_id", SEALER), eq("owner", node)), Updates.combine(
                Updates.set("size", size),
                Updates.set("lastHeadSize", lastHeadSize),
                Updates.set("lastHeadAt", lastHeadAt.toEpochMilli()))).getMatchedCount() == 1;
    }

    /** Positions sealed so far. */
    public long sealedSize() {
        Document sealer = state.find(eq("_id", SEALER)).first();
        return sealer == null ? 0 : sealer.get("size", Number.class).longValue();
    }

    // ---------------------------------------------------------------- the log

    /** The highest position any writer has reserved, or -1. */
    public long highestReserved() {
        Document counter = counters.find(eq("_id", POSITION_COUNTER)).first();
        return counter == null ? -1 : counter.get("next", Number.class).longValue() - 1;
    }

    /** The leaf of every stored position in {@code [from, to)}, committed events and fences alike. */
    public Map<Long, byte[]> leaves(long from, long to) {
        Map<Long, byte[]> leaves = new HashMap<>();
        for (Document d : events.find(in("_id", positions(from, to)))) {
            leaves.put(d.get("_id", Number.class).longValue(), LedgerDocuments.leaf(d));
        }
        return leaves;
    }

    /** Closes a position for good; if its writer got there first, its event stays. */
    public void fence(long position) {
        try {
            events.insertOne(LedgerDocuments.voidDocument(position));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    @Override
    public Map<Long, LogEntry> entries(long from, long to) {
        Map<Long, LogEntry> entries = new HashMap<>();
        for (Document d : events.find(in("_id", positions(from, to)))) {
            entries.put(d.get("_id", Number.class).longValue(), LedgerDocuments.entry(d));
        }
        return entries;
    }

    // ---------------------------------------------------------------- the tree

    /** Stores completed subtrees. One already there was written by an earlier sealer from the same events. */
    public void storeNodes(Collection<CompactRange.Completed> completed) {
        if (completed.isEmpty()) {
            return;
        }
        List<Document> documents = new ArrayList<>(completed.size());
        for (CompactRange.Completed c : completed) {
            documents.add(new Document("_id", c.id().key()).append("h", new Binary(c.hash())));
        }
        try {
            nodes.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }

    public Map<NodeId, byte[]> nodes(Collection<NodeId> ids) {
        Map<String, NodeId> byKey = new HashMap<>();
        for (NodeId id : ids) {
            byKey.put(id.key(), id);
        }
        Map<NodeId, byte[]> found = new HashMap<>();
        if (byKey.isEmpty()) {
            return found;
        }
        for (Document d : nodes.find(in("_id", byKey.keySet()))) {
            found.put(byKey.get(d.getString("_id")), d.get("h", Binary.class).getData());
        }
        return found;
    }

    /** The hashes of these ranges, from one look-up of the perfect subtrees they are made of. */
    public List<byte[]> hashes(List<Range> ranges) {
        Set<NodeId> needed = new LinkedHashSet<>();
        ranges.forEach(r -> needed.addAll(r.perfectNodes()));
        Map<NodeId, byte[]> found = nodes(needed);
        return ranges.stream().map(r -> r.hash(found)).toList();
    }

    @Override
    public Map<Long, byte[]> sealedLeaves(long from, long to) {
        List<NodeId> ids = new ArrayList<>();
        for (long p = from; p < to; p++) {
            ids.add(new NodeId(0, p));
        }
        Map<Long, byte[]> leaves = new HashMap<>();
        nodes(ids).forEach((id, hash) -> leaves.put(id.index(), hash));
        return leaves;
    }

    public CompactRange resume(long size) {
        return CompactRange.resume(size, nodes(CompactRange.frontier(size)));
    }

    // ---------------------------------------------------------------- heads

    /** Keeps a head; a head of that size already kept stays as it is. */
    public void storeHead(TreeHead head) {
        try {
            heads.insertOne(new Document("_id", head.size())
                    .append("root", new Binary(head.root()))
                    .append("time", head.time().toString())
                    .append("signature", new Binary(head.signature())));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** Every head kept, smallest first. */
    public List<TreeHead> heads() {
        List<TreeHead> all = new ArrayList<>();
        for (Document d : heads.find().sort(Sorts.ascending("_id"))) {
            all.add(new TreeHead(
                    d.get("_id", Number.class).longValue(),
                    d.get("root", Binary.class).getData(),
                    Instant.parse(d.getString("time")),
                    d.get("signature", Binary.class).getData()));
        }
        return all;
    }

    private static List<Long> positions(long from, long to) {
        List<Long> positions = new ArrayList<>((int) Math.max(0, to - from));
        for (long p = from; p < to; p++) {
            positions.add(p);
        }
        return positions;
    }
}
