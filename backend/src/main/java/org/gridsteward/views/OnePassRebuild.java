package org.gridsteward.views;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.gridsteward.store.LogScan;
import org.gridsteward.views.ProjectionHandler.Replayed;

/**
 * Feeds every view family from one pass over the log: one thread reads and deserialises the log (and works out
 * each event's position), and each family applies what was read and writes its views on a thread of its own, so
 * the families, which share nothing, do not wait for one another. A family's documents are written every
 * {@value #WRITE_EVERY} events, so a document many events change is written once per that many.
 */
final class OnePassRebuild {
    /** Events the scan may hold back while it waits for a position committed late (see {@link LogScan}). */
    static final int WINDOW = 4_096;
    static final int WRITE_EVERY = 20_000;
    private static final int CHUNK = 1_000;
    private static final int CHUNKS_AHEAD = 16;
    private static final long STOP_SECONDS = 60;

    private final List<ProjectionHandler> families;
    private final RebuildProgress progress;

    OnePassRebuild(List<ProjectionHandler> families, RebuildProgress progress) {
        this.families = families;
        this.progress = progress;
    }

    /**
     * Read either events (the report events among {@code read} of the log), or the end of the log (with where it
     * ended). The family that applies it last counts it as applied.
     */
    private record Chunk(List<Replayed> events, int read, GapAwareTrackingToken end, AtomicInteger unapplied) {}

    /**
     * Applies the whole log to every family, which must have begun their replay; returns the token that covers
     * exactly what was applied, gaps included. Returns once every family's thread has stopped, also when one
     * failed.
     */
    GapAwareTrackingToken run(LogScan scan) throws InterruptedException {
        List<BlockingQueue<Chunk>> queues = new ArrayList<>();
        families.forEach(family -> queues.add(new ArrayBlockingQueue<>(CHUNKS_AHEAD)));
        // The pool starts a thread for each task as it is submitted, so the names go in the same order.
        Iterator<String> names = Stream.concat(Stream.of("reader"), families.stream().map(ProjectionHandler::name))
                .map(name -> "views-rebuild-" + name)
                .iterator();
        ExecutorService pool = Executors.newFixedThreadPool(families.size() + 1, task -> {
            Thread thread = new Thread(task, names.hasNext() ? names.next() : "views-rebuild");
            thread.setDaemon(true);
            return thread;
        });
        CompletionService<GapAwareTrackingToken> done = new ExecutorCompletionService<>(pool);
        try {
            done.submit(() -> read(scan, queues));
            for (int i = 0; i < families.size(); i++) {
                ProjectionHandler family = families.get(i);
                BlockingQueue<Chunk> queue = queues.get(i);
                done.submit(() -> apply(family, queue));
            }
            GapAwareTrackingToken end = null;
            for (int i = 0; i <= families.size(); i++) {
                try {
                    end = done.take().get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException failure
                            ? failure
                            : new IllegalStateException("rebuilding the views failed", e.getCause());
                }
            }
            return end;
        } finally {
            // After a failure, the other threads stop before the caller forgets what they hold.
            pool.shutdownNow();
            awaitStopped(pool);
        }
    }

    /** Waits for the pool's threads also when this one is interrupted (the application stopping), then passes it on. */
    private static void awaitStopped(ExecutorService pool) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_SECONDS);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (pool.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                        return;
                    }
                    throw new IllegalStateException("the rebuild's threads did not stop within " + STOP_SECONDS + " s");
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private GapAwareTrackingToken apply(ProjectionHandler family, BlockingQueue<Chunk> queue) throws InterruptedException {
        int unwritten = 0;
        while (true) {
            Chunk chunk = queue.take();
            if (chunk.end() != null) {
                family.writeReplayed();
                return chunk.end();
            }
            family.replay(chunk.events());
            if (chunk.unapplied().decrementAndGet() == 0) {
                progress.applied(chunk.read());
            }
            unwritten += chunk.read();
            if (unwritten >= WRITE_EVERY) {
                family.writeReplayed();
                unwritten = 0;
            }
        }
    }

    /** Reads the whole log; returns the token where it ended, which every family returns as well. */
    private GapAwareTrackingToken read(LogScan scan, List<BlockingQueue<Chunk>> queues) throws InterruptedException {
        while (true) {
            List<TrackedEventMessage<?>> events;
            try {
                events = scan.next(CHUNK);
            } catch (RuntimeException e) {
                throw new IllegalStateException("reading the log failed", e);
            }
            Chunk chunk = events.isEmpty()
                    ? new Chunk(List.of(), 0, scan.token(), null)
                    : new Chunk(Replayed.of(events), events.size(), null, new AtomicInteger(queues.size()));
            for (BlockingQueue<Chunk> queue : queues) {
                queue.put(chunk);
            }
            if (chunk.end() != null) {
                return chunk.end();
            }
        }
    }
}
