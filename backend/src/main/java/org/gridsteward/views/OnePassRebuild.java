package org.gridsteward.views;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.gridsteward.store.LogScan;
import org.gridsteward.views.ProjectionHandler.Replayed;

/**
 * Feeds every view family from one pass over the log, on two threads: one reads and deserialises the log (and works
 * out each event's position) while the other applies what was read to every family and writes the views. The families' documents are written
 * every {@value #WRITE_EVERY} events, so a document many events change is written once per that many.
 */
final class OnePassRebuild {
    /** Events the scan may hold back while it waits for a position committed late (see {@link LogScan}). */
    static final int WINDOW = 4_096;
    static final int WRITE_EVERY = 20_000;
    private static final int CHUNK = 1_000;
    private static final int CHUNKS_AHEAD = 16;

    private final List<ProjectionHandler> families;
    private final RebuildProgress progress;

    OnePassRebuild(List<ProjectionHandler> families, RebuildProgress progress) {
        this.families = families;
        this.progress = progress;
    }

    /**
     * Read either events (the report events among {@code read} of the log), or the end of the log (with where it
     * ended), or why reading failed.
     */
    private record Chunk(List<Replayed> events, int read, GapAwareTrackingToken end, RuntimeException failure) {}

    /**
     * Applies the whole log to every family, which must have begun their replay; returns the token that covers
     * exactly what was applied, gaps included.
     */
    GapAwareTrackingToken run(LogScan scan) throws InterruptedException {
        BlockingQueue<Chunk> read = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
        Thread reader = new Thread(() -> read(scan, read), "views-rebuild-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            int unwritten = 0;
            while (true) {
                Chunk chunk = read.take();
                if (chunk.failure() != null) {
                    throw new IllegalStateException("reading the log failed", chunk.failure());
                }
                if (chunk.end() != null) {
                    families.forEach(ProjectionHandler::writeReplayed);
                    return chunk.end();
                }
                for (ProjectionHandler family : families) {
                    family.replay(chunk.events());
                }
                progress.applied(chunk.read());
                unwritten += chunk.read();
                if (unwritten >= WRITE_EVERY) {
                    families.forEach(ProjectionHandler::writeReplayed);
                    unwritten = 0;
                }
            }
        } finally {
            reader.interrupt();
            reader.join();
        }
    }

    private static void read(LogScan scan, BlockingQueue<Chunk> read) {
        try {
            while (true) {
                List<TrackedEventMessage<?>> events = scan.next(CHUNK);
                if (events.isEmpty()) {
                    read.put(new Chunk(List.of(), 0, scan.token(), null));
                    return;
                }
                read.put(new Chunk(Replayed.of(events), events.size(), null, null));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            try {
                read.put(new Chunk(List.of(), 0, null, e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
