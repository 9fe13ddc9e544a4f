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
    void fillingEmptiedCollectionsLooksUpOnlyWhatItWroteAndInsertsWhatIsNew() {
        TickerProjection.TickerTrack track = new TickerProjection.TickerTrack("r1", "g-01-01", "parking", Position.NONE);
        target.save(TickerProjection.REPORTS, "stale", track);
        List<String> inserted = new java.util.ArrayList<>();
        WriteBehindViewStore replay = new WriteBehindViewStore(new ViewStore() {
            @Override
            public <T> java.util.Optional<T> find(String collection, String id, Class<T> type) {
                return target.find(collection, id, type);
            }

            @Override
            public <T> List<T> findAll(String collection, java.util.Collection<String> ids, Class<T> type) {
                return target.findAll(collection, ids, type);
            }

            @Override
            public void save(String collection, String id, Object document) {
                target.save(collection, id, document);
            }

            @Override
            public void insertAll(String collection, Map<String, Object> documents) {
                inserted.addAll(documents.keySet());
                documents.forEach((id, document) -> target.save(collection, id, document));
            }

            @Override
            public void clear(String collection) {
                target.clear(collection);
            }
        });
        replay.fromEmptied();

        replay.prefetch(TickerProjection.REPORTS, List.of("stale"), TickerProjection.TickerTrack.class);
        assertThat(replay.find(TickerProjection.REPORTS, "stale", TickerProjection.TickerTrack.class)).isEmpty();
        replay.save(TickerProjection.REPORTS, "r1", track);
        replay.flush();
        replay.prefetch(TickerProjection.REPORTS, List.of("r1"), TickerProjection.TickerTrack.class);

        assertThat(replay.find(TickerProjection.REPORTS, "r1", TickerProjection.TickerTrack.class)).contains(track);
        assertThat(inserted).containsExactly("r1");
        replay.live();
        assertThat(replay.find(TickerProjection.REPORTS, "stale", TickerProjection.TickerTrack.class)).contains(track);
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
    void talliesNotInHandAreReadInOneLookUpAndThenServedFromTheBatch() {
        ScopeTally one = new ScopeTally("grid:g-01-01", new Position(3, List.of()), 1, 0, 0, 0, 0, 0, 0, 0, 0,
                Map.of(), Map.of(), Map.of());
        target.save("tallies", "grid:g-01-01", one);
        List<List<String>> lookUps = new java.util.ArrayList<>();
        WriteBehindViewStore counted = new WriteBehindViewStore(new ViewStore() {
            @Override
            public <T> java.util.Optional<T> find(String collection, String id, Class<T> type) {
                lookUps.add(List.of(id));
                return target.find(collection, id, type);
            }

            @Override
            public <T> List<T> findAll(String collection, java.util.Collection<String> ids, Class<T> type) {
                lookUps.add(List.copyOf(ids));
                return target.findAll(collection, ids, type);
            }

            @Override
            public void save(String collection, String id, Object document) {
                target.save(collection, id, document);
            }

            @Override
            public void clear(String collection) {
                target.clear(collection);
            }
        });

        List<String> grids = List.of("grid:g-01-01", "grid:g-01-02", "grid:g-01-03");
        assertThat(counted.findAll("tallies", grids, ScopeTally.class)).containsExactly(one);
        assertThat(counted.findAll("tallies", grids, ScopeTally.class)).containsExactly(one);
        assertThat(lookUps).containsExactly(grids);
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
