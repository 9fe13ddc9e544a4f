package org.gridsteward.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The leaves {@code [start, end)} as RFC 6962 splits them: the hash of such a range is MTH(D[start:end]). In
 * every range a proof asks for, {@code start} is a multiple of the largest power of two not above its size,
 * so the range is a run of perfect subtrees of falling size.
 */
public record Range(long start, long end) {
    public Range {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("not a range of leaves: [" + start + ", " + end + ")");
        }
    }

    /** The perfect subtrees that make up this range, largest first. */
    public List<NodeId> perfectNodes() {
        List<NodeId> nodes = new ArrayList<>();
        long at = start;
        while (at < end) {
            int level = 63 - Long.numberOfLeadingZeros(end - at);
            while (level > 0 && (at & ((1L << level) - 1)) != 0) {
                level--;
            }
            nodes.add(new NodeId(level, at >> level));
            at += 1L << level;
        }
        return nodes;
    }

    /** MTH of this range from the hashes of its perfect subtrees. */
    public byte[] hash(Map<NodeId, byte[]> perfect) {
        List<NodeId> nodes = perfectNodes();
        byte[] hash = require(perfect, nodes.get(nodes.size() - 1));
        for (int i = nodes.size() - 2; i >= 0; i--) {
            hash = Hashes.node(require(perfect, nodes.get(i)), hash);
        }
        return hash;
    }

    private static byte[] require(Map<NodeId, byte[]> perfect, NodeId id) {
        byte[] hash = perfect.get(id);
        if (hash == null) {
            throw new IllegalStateException("the tree has no node " + id.key());
        }
        return hash;
    }
}
