package org.gridsteward.ledger;

/**
 * A perfect subtree: the {@code 2^level} leaves from {@code index * 2^level}. Level 0 is a leaf. Every hash
 * in a proof is built from these alone, so the sealer stores each one once it is complete and a proof is a
 * handful of point look-ups.
 */
public record NodeId(int level, long index) {
    public long start() {
        return index << level;
    }

    public long end() {
        return (index + 1) << level;
    }

    /** The key it is stored under: "level/index". */
    public String key() {
        return level + "/" + index;
    }
}
