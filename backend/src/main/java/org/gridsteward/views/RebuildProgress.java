package org.gridsteward.views;

import java.util.concurrent.atomic.AtomicLong;
import org.gridsteward.views.RebuildStatus.Phase;

/** Counts a rebuild along as it goes; read from any thread. */
final class RebuildProgress {
    private final AtomicLong done = new AtomicLong();
    private volatile Phase phase = Phase.NONE;
    private volatile long total;
    private volatile long startedNanos;
    private volatile long endedNanos;

    /** Claims the rebuild; false if one is running already. */
    synchronized boolean begin() {
        if (phase == Phase.REPLAYING) {
            return false;
        }
        done.set(0);
        total = 0;
        startedNanos = System.nanoTime();
        endedNanos = 0;
        phase = Phase.REPLAYING;
        return true;
    }

    void expect(long events) {
        total = events;
    }

    void applied(int events) {
        done.addAndGet(events);
    }

    void finished() {
        end(Phase.DONE);
    }

    void failed() {
        end(Phase.FAILED);
    }

    private synchronized void end(Phase outcome) {
        endedNanos = System.nanoTime();
        phase = outcome;
    }

    RebuildStatus status() {
        Phase now = phase;
        if (now == Phase.NONE) {
            return RebuildStatus.NONE;
        }
        long until = now == Phase.REPLAYING ? System.nanoTime() : endedNanos;
        double seconds = Math.max(1e-9, (until - startedNanos) / 1e9);
        long events = done.get();
        return new RebuildStatus(now, events, Math.max(total, events), events / seconds);
    }
}
