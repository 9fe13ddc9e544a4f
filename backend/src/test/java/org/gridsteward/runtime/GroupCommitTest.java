package org.gridsteward.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    @Test
    void noWriterReturnsBeforeACommitThatStartedAfterItsWrite() throws Exception {
        AtomicLong applied = new AtomicLong();
        AtomicLong stored = new AtomicLong();
        AtomicInteger commits = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            stored.set(applied.get());
            commits.incrementAndGet();
        });
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                work.add(() -> {
                    int early = 0;
                    for (int i = 0; i < 500; i++) {
                        long mine = applied.incrementAndGet();
                        group.awaitDurable();
                        if (stored.get() < mine) {
                            early++;
                        }
                    }
                    return early;
                });
            }
            for (Future<Integer> early : writers.invokeAll(work)) {
                assertThat(early.get()).isZero();
            }
        } finally {
            writers.shutdownNow();
        }
        assertThat(commits.get()).isBetween(1, 4_000);
    }

    @Test
    void aFailedCommitFailsItsWriterAndTheNextWriteCommitsAgain() {
        AtomicInteger attempts = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
        });

        assertThatThrownBy(group::awaitDurable).hasMessage("disk full");
        group.awaitDurable();

        assertThat(attempts.get()).isEqualTo(2);
    }
}
