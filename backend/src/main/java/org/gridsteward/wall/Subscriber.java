package org.gridsteward.wall;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * One display subscribed to a scope, with its own bounded send queue. One frame is in flight at a time; when
 * the queue is full the display is behind, so what it has not received yet is dropped and replaced by a
 * snapshot of now. A slow display therefore never holds frames for, or slows, anyone else.
 */
final class Subscriber {
    private final Outbound out;
    private final int queueLimit;
    private final WallCounters counters;
    private final Deque<Frame> queue = new ArrayDeque<>();
    private boolean inFlight;
    private boolean closed;

    /** A frame ready to send, with its type for counting. */
    record Frame(String type, String text) {}

    Subscriber(Outbound out, int queueLimit, WallCounters counters) {
        this.out = out;
        this.queueLimit = queueLimit;
        this.counters = counters;
    }

    /**
     * @param resync the snapshot to send instead, made only if the queue is full; the caller holds the
     *               scope's lock, so the snapshot includes this frame and nothing later
     */
    void offer(Frame frame, Supplier<Frame> resync) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (queue.size() >= queueLimit) {
                queue.clear();
                queue.add(resync.get());
                counters.resynced();
            } else {
                queue.add(frame);
            }
        }
        pump();
    }

    void close() {
        synchronized (this) {
            closed = true;
            queue.clear();
        }
    }

    synchronized int queued() {
        return queue.size();
    }

    private void pump() {
        Frame next;
        synchronized (this) {
            if (inFlight || closed || queue.isEmpty()) {
                return;
            }
            next = queue.poll();
            inFlight = true;
        }
        out.send(next.text()).whenComplete((ok, failure) -> {
            synchronized (this) {
                inFlight = false;
                if (failure != null) {
                    closed = true;
                    queue.clear();
                    return;
                }
            }
            counters.sent(next.type());
            pump();
        });
    }
}
