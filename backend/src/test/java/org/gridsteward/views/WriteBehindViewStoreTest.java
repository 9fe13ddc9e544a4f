package org.gridsteward.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
