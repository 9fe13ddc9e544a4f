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
 * Feeds every view family from one pass over the log, in stages on threads of their own: one reads the log in
 * position order, one deserialises what was read (and works out each event's position), and each family applies
 * it and writes its views, so the families, which share nothing, do not wait for one another. A family's documents are written every
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

    /** Read either events, their payloads not deserialised yet, or the end of the log with where it ended. */
    private record Read(List<TrackedEventMessage<?>> events, GapAwareTrackingToken end) {}

    /**
     * Applies the whole log to every family, which must have begun their replay; returns the token that covers
     * exactly what was applied, gaps included. Returns once every family's thread has stopped, also when one
     * failed.
     */
    GapAwareTrackingToken run(LogScan scan) throws InterruptedException {
        BlockingQueue<Read> read = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
        List<BlockingQueue<Chunk>> queues = new ArrayList<>();
        families.forEach(family -> queues.add(new ArrayBlockingQueue<>(CHUNKS_AHEAD)));
        // The pool starts a thread for each task as it is submitted, so the names go in the same order.
        Iterator<String> names = Stream.concat(Stream.of("reader", "deserialiser"), families.stream().map(ProjectionHandler::name))
                .map(name -> "views-rebuild-" + name)
                .iterator();
        int stages = families.size() + 2;
        ExecutorService pool = Executors.newFixedThreadPool(stages, task -> {
            Thread thread = new Thread(task, names.hasNext() ? names.next() : "views-rebuild");
            thread.setDaemon(true);
            return thread;
        });
        CompletionService<GapAwareTrackingToken> done = new ExecutorCompletionService<>(pool);
        try {
            done.submit(() -> read(scan, read));
            done.submit(() -> deserialise(read, queues));
            for (int i = 0; i < families.size(); i++) {
                ProjectionHandler family = families.get(i);
                BlockingQueue<Chunk> queue = queues.get(i);
                done.submit(() -> apply(family, queue));
            }
            GapAwareTrackingToken end = null;
            for (int i = 0; i < stages; i++) {
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
            if (!pool.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the rebuild's threads did not stop within " + STOP_SECONDS + " s");
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

    /** Reads the whole log; returns the token where it ended, which every other stage returns as well. */
    private static GapAwareTrackingToken read(LogScan scan, BlockingQueue<Read> read) throws InterruptedException {
        while (true) {
            List<TrackedEventMessage<?>> events;
            try {
                events = scan.next(CHUNK);
            } catch (RuntimeException e) {
                throw new IllegalStateException("reading the log failed", e);
            }
            if (events.isEmpty()) {
                read.put(new Read(List.of(), scan.token()));
                return scan.token();
            }
            read.put(new Read(events, null));
        }
    }

    private static GapAwareTrackingToken deserialise(BlockingQueue<Read> read, List<BlockingQueue<Chunk>> queues)
            throws InterruptedException {
        while (true) {
            Read next = read.take();
            Chunk chunk;
            try {
                chunk = next.end() != null
                        ? new Chunk(List.of(), 0, next.end(), null)
                        : new Chunk(Replayed.of(next.events()), next.events().size(), null, new AtomicInteger(queues.size()));
            } catch (RuntimeException e) {
                throw new IllegalStateException("reading the log failed", e);
            }
            for (BlockingQueue<Chunk> queue : queues) {
                queue.put(chunk);
            }
            if (chunk.end() != null) {
                return chunk.end();
            }
        }
    }
}
