package org.gridsteward.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WriteBehindViewStoreTest {
    private final InMemoryViewStore target = new InMemoryViewStore();
    private final WriteBehindViewStore batch = new WriteBehindViewStore(target);

    @Test
    void aBatchSeesItsOwnWritesAndTheStoreSeesThemOnlyOnceFlushed() {
        batch.save("tallies", "city", ScopeTally.empty("city"));

        assertThat(batch.find("tallies", "city", ScopeTally.class)).isPresent();
        assertThat(target.find("tallies", "city", ScopeTally.class)).isEmpty();
        batch.flush();
        assertThat(target.find("tallies", "city", ScopeTally.class)).contains(ScopeTally.empty("city"));
    }

    @Test
    void aForgottenBatchLeavesTheStoreAsItWas() {
        batch.save("tallies", "city", ScopeTally.empty("city"));
        batch.forget();
        batch.flush();

        assertThat(target.find("tallies", "city", ScopeTally.class)).isEmpty();
        assertThat(batch.find("tallies", "city", ScopeTally.class)).isEmpty();
    }

    @Test
    void prefetchedTracksAreServedFromTheBatch() {
        TickerProjection.TickerTrack track = new TickerProjection.TickerTrack("r1", "g-01-01", "parking", Position.NONE);
        target.save(TickerProjection.REPORTS, "r1", track);
        batch.prefetch(TickerProjection.REPORTS, List.of("r1", "r2"), TickerProjection.TickerTrack.class);
        target.clear(TickerProjection.REPORTS);

        assertThat(batch.find(TickerProjection.REPORTS, "r1", TickerProjection.TickerTrack.class)).contains(track);
        assertThat(batch.find(TickerProjection.REPORTS, "r2", TickerProjection.TickerTrack.class)).isEmpty();
    }

    @Test
    void keptDocumentsStayInHandAfterAFlushAndOthersAreLoadedAgain() {
        batch.keep("tallies");
        batch.save("tallies", "city", ScopeTally.empty("city"));
        batch.save("tracks", "r1", ScopeTally.empty("r1"));
        batch.flush();
        target.clear("tallies");
        target.clear("tracks");

        assertThat(batch.find("tallies", "city", ScopeTally.class)).contains(ScopeTally.empty("city"));
        assertThat(batch.find("tracks", "r1", ScopeTally.class)).isEmpty();
    }

    @Test
    void aFailedBatchDropsKeptDocumentsSoTheyAreLoadedAsStored() {
        batch.keep("tallies");
        batch.save("tallies", "city", ScopeTally.empty("city"));
        batch.flush();
        ScopeTally stored = new ScopeTally("city", new Position(7, List.of()), 1, 0, 0, 0, 0, 0, 0, 0, 0,
                Map.of(), Map.of(), Map.of());
        target.save("tallies", "city", stored);
        batch.save("tallies", "city", ScopeTally.empty("city"));
        batch.forget();

        assertThat(batch.find("tallies", "city", ScopeTally.class)).contains(stored);
    }

    @Test
    void keptDocumentsAreLoadedAgainAfterAPauseLongEnoughForAnotherNodeToHaveTakenOver() {
        AtomicLong now = new AtomicLong();
        WriteBehindViewStore paused = new WriteBehindViewStore(target, Duration.ofSeconds(5), now::get);
        paused.keep("tallies");
        paused.save("tallies", "city", ScopeTally.empty("city"));
        paused.flush();
        ScopeTally writtenElsewhere = new ScopeTally("city", new Position(9, List.of()), 2, 0, 0, 0, 0, 0, 0, 0, 0,
                Map.of(), Map.of(), Map.of());
        target.save("tallies", "city", writtenElsewhere);

        now.addAndGet(Duration.ofSeconds(4).toNanos());
        paused.startBatch();
        assertThat(paused.find("tallies", "city", ScopeTally.class)).contains(ScopeTally.empty("city"));

        now.addAndGet(Duration.ofSeconds(6).toNanos());
        paused.startBatch();
        assertThat(paused.find("tallies", "city", ScopeTally.class)).contains(writtenElsewhere);
    }
}
