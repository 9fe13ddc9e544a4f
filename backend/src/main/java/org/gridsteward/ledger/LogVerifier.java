package org.gridsteward.ledger;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Recomputes every leaf from the events as stored and the tree from those leaves, and holds both to what was
 * sealed (the leaf hashes the sealer recorded) and to what was signed (every tree head). The sealed leaves
 * name the position and the kind of a change; the signed roots catch a change that rewrote the sealed
 * leaves too, from the last head that still holds.
 */
public final class LogVerifier {
    /** Positions read per round trip. */
    public static final int BATCH = 1_000;

    /** Where the verifier reads the log and the tree as stored. */
    public interface Source {
        /** The entries at positions {@code [from, to)}, absent positions left out. */
        Map<Long, LogEntry> entries(long from, long to);

        /** The leaf hashes sealed for positions {@code [from, to)}. */
        Map<Long, byte[]> sealedLeaves(long from, long to);
    }

    private final Source source;
    private final PublicKey key;

    public LogVerifier(Source source, PublicKey key) {
        this.source = source;
        this.key = key;
    }

    public Verdict verify(List<TreeHead> heads) {
        List<TreeHead> ordered = new ArrayList<>(heads);
        ordered.sort(Comparator.comparingLong(TreeHead::size));
        for (TreeHead head : ordered) {
            if (!head.verify(key)) {
                return Verdict.broken(Math.max(0, head.size() - 1), Verdict.Reason.FORGED_HEAD);
            }
        }
        if (ordered.isEmpty()) {
            return Verdict.intact(0);
        }
        long end = ordered.get(ordered.size() - 1).size();
        CompactRange tree = new CompactRange();
        int nextHead = 0;
        long lastGoodHead = 0;
        for (long from = 0; from < end; from += BATCH) {
            long to = Math.min(end, from + BATCH);
            Map<Long, LogEntry> entries = source.entries(from, to);
            Map<Long, byte[]> sealed = source.sealedLeaves(from, to);
            for (long p = from; p < to; p++) {
                LogEntry entry = entries.get(p);
                if (entry == null) {
                    return Verdict.broken(p, Verdict.Reason.MISSING);
                }
                byte[] leaf = leafOf(p, entry);
                Verdict.Reason wrong = compare(p, entry, leaf, sealed.get(p));
                if (wrong != null) {
                    return Verdict.broken(p, wrong);
                }
                tree.append(leaf);
                while (nextHead < ordered.size() && ordered.get(nextHead).size() == tree.size()) {
                    if (!MessageDigest.isEqual(tree.root(), ordered.get(nextHead).root())) {
                        return Verdict.broken(lastGoodHead, Verdict.Reason.CHANGED);
                    }
                    lastGoodHead = tree.size();
                    nextHead++;
                }
            }
        }
        // Heads of size 0 sign the empty tree.
        for (TreeHead head : ordered) {
            if (head.size() == 0 && !MessageDigest.isEqual(head.root(), Hashes.empty())) {
                return Verdict.broken(0, Verdict.Reason.FORGED_HEAD);
            }
        }
        return Verdict.intact(end);
    }

    /** The leaf of a position as stored now: its event, or the skipped leaf of a fenced position. */
    public static byte[] leafOf(long position, LogEntry entry) {
        return entry instanceof LogEntry.Event e
                ? LeafEncoding.leafHash(e.event())
                : LeafEncoding.skippedLeafHash(position);
    }

    private static Verdict.Reason compare(long p, LogEntry entry, byte[] leaf, byte[] sealed) {
        if (entry instanceof LogEntry.Event e && e.leafAtInsert() != null && !MessageDigest.isEqual(e.leafAtInsert(), leaf)) {
            return Verdict.Reason.CHANGED;
        }
        if (sealed == null || MessageDigest.isEqual(sealed, leaf)) {
            return null;
        }
        boolean sealedSkipped = MessageDigest.isEqual(sealed, LeafEncoding.skippedLeafHash(p));
        if (entry instanceof LogEntry.Event) {
            return sealedSkipped ? Verdict.Reason.INSERTED : Verdict.Reason.CHANGED;
        }
        return Verdict.Reason.MISSING;
    }
}
