package org.gridsteward.ledger.mongo;

import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.gridsteward.ledger.CompactRange;
import org.gridsteward.ledger.TreeHead;

/**
 * Extends the tree over the log in position order, one node at a time across the cluster. It seals only the
 * contiguous run of stored positions: a position still empty is waited for until its reservation has
 * certainly expired ({@code skipAfter}, longer than the store's gap timeout, on this node's own monotonic
 * clock), then fenced and sealed as what it then holds, normally a skipped leaf. An event slipped into a
 * skipped position afterwards no longer matches its sealed leaf.
 */
public final class Sealer {

    public record Options(
            String node, Duration claimTimeout, Duration skipAfter, long headEveryEvents, Duration headEvery, int batch) {}

    private final MongoLedger ledger;
    private final PrivateKey key;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final Options options;
    private final Map<Long, Long> emptySince = new HashMap<>();
    private CompactRange tree;
    private long lastHeadSize;
    private Instant lastHeadAt;

    public Sealer(MongoLedger ledger, PrivateKey key, Clock clock, LongSupplier nanoTime, Options options) {
        this.ledger = ledger;
        this.key = key;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.options = options;
    }

    /** One round: claim, seal what is ready, sign a head if one is due. Answers the positions sealed. */
    public synchronized long sealOnce() {
        Optional<MongoLedger.SealState> claimed = ledger.claim(options.node(), clock.instant(), options.claimTimeout());
        if (claimed.isEmpty()) {
            tree = null;
            return 0;
        }
        MongoLedger.SealState state = claimed.get();
        if (tree == null || tree.size() != state.size()) {
            // Another node sealed in between, or this one just started: resume from the stored frontier.
            tree = ledger.resume(state.size());
            emptySince.clear();
        }
        lastHeadSize = state.lastHeadSize();
        lastHeadAt = state.lastHeadAt();
        long start = tree.size();
        long head = ledger.highestReserved();
        boolean blocked = false;
        while (!blocked && tree.size() <= head) {
            long from = tree.size();
            long to = Math.min(head + 1, from + options.batch());
            Map<Long, byte[]> leaves = ledger.leaves(from, to);
            List<CompactRange.Completed> completed = new ArrayList<>();
            for (long p = from; p < to; p++) {
                byte[] leaf = leaves.get(p);
                if (leaf == null) {
                    leaf = skipIfExpired(p);
                }
                if (leaf == null) {
                    blocked = true;
                    break;
                }
                completed.addAll(tree.append(leaf));
            }
            ledger.storeNodes(completed);
            signIfDue();
            if (!ledger.advance(options.node(), tree.size(), lastHeadSize, lastHeadAt)) {
                tree = null;
                return 0;
            }
        }
        if (signIfDue()) {
            ledger.advance(options.node(), tree.size(), lastHeadSize, lastHeadAt);
        }
        return tree.size() - start;
    }

    /** The leaf of a position that has stayed empty too long, once fenced; null while it is waited for. */
    private byte[] skipIfExpired(long position) {
        long now = nanoTime.getAsLong();
        Long since = emptySince.putIfAbsent(position, now);
        if (since == null || now - since < options.skipAfter().toNanos()) {
            return null;
        }
        ledger.fence(position);
        emptySince.remove(position);
        return ledger.leaves(position, position + 1).get(position);
    }

    private boolean signIfDue() {
        long size = tree.size();
        Instant now = clock.instant();
        boolean enoughEvents = size - lastHeadSize >= options.headEveryEvents();
        boolean longEnough = !now.isBefore(lastHeadAt.plus(options.headEvery()));
        if (size <= lastHeadSize || !(enoughEvents || longEnough)) {
            return false;
        }
        TreeHead signed = TreeHead.sign(size, tree.root(), now, key);
        ledger.storeHead(signed);
        lastHeadSize = size;
        lastHeadAt = signed.time();
        return true;
    }
}
