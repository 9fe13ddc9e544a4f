package org.gridsteward.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The right edge of a growing tree: one perfect subtree per set bit of its size, largest first. Appending a
 * leaf merges equal neighbours and reports every perfect subtree it completes, so whoever keeps the tree
 * stores those and can later resume from {@link #frontier(long)} alone.
 */
public final class CompactRange {
    private final List<NodeId> ids = new ArrayList<>();
    private final List<byte[]> hashes = new ArrayList<>();
    private long size;

    public CompactRange() {}

    /** The tree of this size, given the hashes of its {@link #frontier(long)}. */
    public static CompactRange resume(long size, Map<NodeId, byte[]> stored) {
        CompactRange range = new CompactRange();
        for (NodeId id : frontier(size)) {
            byte[] hash = stored.get(id);
            if (hash == null) {
                throw new IllegalStateException("the tree of size " + size + " has no node " + id.key());
            }
            range.ids.add(id);
            range.hashes.add(hash);
        }
        range.size = size;
        return range;
    }

    /** The perfect subtrees covering the first {@code size} leaves, largest first. */
    public static List<NodeId> frontier(long size) {
        return size == 0 ? List.of() : new Range(0, size).perfectNodes();
    }

    public long size() {
        return size;
    }

    /** Appends a leaf hash; answers the perfect subtrees completed by it, the leaf first. */
    public List<Completed> append(byte[] leafHash) {
        List<Completed> completed = new ArrayList<>(2);
        NodeId id = new NodeId(0, size);
        byte[] hash = leafHash;
        completed.add(new Completed(id, hash));
        while (!ids.isEmpty() && ids.get(ids.size() - 1).level() == id.level()) {
            byte[] left = hashes.remove(hashes.size() - 1);
            ids.remove(ids.size() - 1);
            id = new NodeId(id.level() + 1, id.index() >> 1);
            hash = Hashes.node(left, hash);
            completed.add(new Completed(id, hash));
        }
        ids.add(id);
        hashes.add(hash);
        size++;
        return completed;
    }

    /** MTH of the leaves so far. */
    public byte[] root() {
        if (hashes.isEmpty()) {
            return Hashes.empty();
        }
        byte[] root = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            root = Hashes.node(hashes.get(i), root);
        }
        return root;
    }

    public record Completed(NodeId id, byte[] hash) {}
}
