package org.gridsteward.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The verifier on a log kept in memory: every kind of tampering is named with its position. */
class LogVerifierTest {
    private static final KeyPair KEYS = ed25519();
    private final Map<Long, LogEntry> log = new HashMap<>();
    private final Map<Long, byte[]> sealed = new HashMap<>();
    private final List<TreeHead> heads = new ArrayList<>();

    private final LogVerifier.Source source = new LogVerifier.Source() {
        @Override
        public Map<Long, LogEntry> entries(long from, long to) {
            Map<Long, LogEntry> out = new HashMap<>();
            log.forEach((p, e) -> { if (p >= from && p < to) out.put(p, e); });
            return out;
        }

        @Override
        public Map<Long, byte[]> sealedLeaves(long from, long to) {
            Map<Long, byte[]> out = new HashMap<>();
            sealed.forEach((p, h) -> { if (p >= from && p < to) out.put(p, h); });
            return out;
        }
    };

    /** Ten positions, the fourth skipped, sealed with heads at 4 and 10. */
    @BeforeEach
    void aSealedLog() {
        CompactRange tree = new CompactRange();
        for (long p = 0; p < 10; p++) {
            LogEntry entry = p == 3 ? new LogEntry.Fenced(p) : event(p, "{\"n\":" + p + "}");
            log.put(p, entry);
            byte[] leaf = LogVerifier.leafOf(p, entry);
            sealed.put(p, leaf);
            tree.append(leaf);
            if (tree.size() == 4 || tree.size() == 10) {
                heads.add(TreeHead.sign(tree.size(), tree.root(), Instant.now(), KEYS.getPrivate()));
            }
        }
    }

    @Test
    void anUntouchedLogIsIntactUpToItsNewestHead() {
        assertThat(verify()).isEqualTo(Verdict.intact(10));
    }

    @Test
    void aChangedEventIsNamed() {
        log.put(6L, event(6, "{\"n\":666}"));
        assertThat(verify()).isEqualTo(Verdict.broken(6, Verdict.Reason.CHANGED));
    }

    @Test
    void aChangedEventWhoseLeafWasRewrittenToMatchIsStillNamed() {
        LogEntry.Event forged = (LogEntry.Event) event(6, "{\"n\":666}");
        log.put(6L, new LogEntry.Event(forged.event(), LeafEncoding.leafHash(forged.event())));
        assertThat(verify()).isEqualTo(Verdict.broken(6, Verdict.Reason.CHANGED));
    }

    @Test
    void aRewriteOfEventsAndSealedLeavesIsCaughtByTheSignedRoot() {
        LogEntry forged = event(6, "{\"n\":666}");
        log.put(6L, forged);
        sealed.put(6L, LogVerifier.leafOf(6, forged));
        assertThat(verify()).isEqualTo(Verdict.broken(4, Verdict.Reason.CHANGED));
    }

    @Test
    void aDeletedEventIsMissing() {
        log.remove(2L);
        assertThat(verify()).isEqualTo(Verdict.broken(2, Verdict.Reason.MISSING));
    }

    @Test
    void anEventReplacedByAFenceIsMissing() {
        log.put(5L, new LogEntry.Fenced(5));
        assertThat(verify()).isEqualTo(Verdict.broken(5, Verdict.Reason.MISSING));
    }

    @Test
    void anEventSlippedIntoASkippedPositionIsInserted() {
        log.put(3L, event(3, "{\"late\":true}"));
        assertThat(verify()).isEqualTo(Verdict.broken(3, Verdict.Reason.INSERTED));
    }

    @Test
    void aHeadNotSignedByThisServerIsForged() {
        TreeHead genuine = heads.get(1);
        byte[] otherRoot = genuine.root().clone();
        otherRoot[0] ^= 1;
        heads.set(1, new TreeHead(genuine.size(), otherRoot, genuine.time(), genuine.signature()));
        assertThat(verify()).isEqualTo(Verdict.broken(9, Verdict.Reason.FORGED_HEAD));
    }

    @Test
    void aHeadSignedWithAnotherKeyIsForged() {
        heads.add(TreeHead.sign(7, heads.get(1).root(), Instant.now(), ed25519().getPrivate()));
        assertThat(verify()).isEqualTo(Verdict.broken(6, Verdict.Reason.FORGED_HEAD));
    }

    @Test
    void aSignedHeadSurvivesItsWayThroughItsBytes() {
        TreeHead head = heads.get(0);
        TreeHead copy = new TreeHead(head.size(), head.root().clone(), head.time(), head.signature().clone());
        assertThat(copy.verify(KEYS.getPublic())).isTrue();
        assertThat(new TreeHead(head.size() + 1, head.root(), head.time(), head.signature()).verify(KEYS.getPublic())).isFalse();
        assertThat(new TreeHead(head.size(), head.root(), head.time().plusMillis(1), head.signature()).verify(KEYS.getPublic())).isFalse();
    }

    private Verdict verify() {
        return new LogVerifier(source, KEYS.getPublic()).verify(heads);
    }

    private static LogEntry event(long position, String payload) {
        StoredEvent event = new StoredEvent(position, "ev-" + position, "Report", "r-" + position, 0,
                "2026-11-23T10:00:00Z", "report.submitted", "1", "{}", payload);
        return new LogEntry.Event(event, LeafEncoding.leafHash(event));
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
