package org.gridsteward.wall;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.gridsteward.events.wall.DeltaFrame;
import org.gridsteward.events.wall.HeartbeatFrame;
import org.gridsteward.events.wall.SnapshotFrame;
import org.gridsteward.events.wall.WallFrame;

/**
 * One scope's stream: the view as the wall knows it, its version, the last {@code historyLimit} deltas and the
 * displays watching. Every change, join and leave happens under the stream's lock, so a display joining with
 * {@code since} gets exactly the deltas after it and then every later one: no gap, no duplicate.
 */
final class ScopeStream {
    private final String scope;
    private ObjectNode view;
    private final Deque<Versioned> history = new ArrayDeque<>();
    private final int historyLimit;
    private final Set<Subscriber> subscribers = new LinkedHashSet<>();
    private final ObjectMapper json;
    private final Clock clock;
    private long version;

    private record Versioned(long version, Subscriber.Frame frame) {}

    ScopeStream(String scope, ObjectNode view, long firstVersion, int historyLimit, ObjectMapper json, Clock clock) {
        this.scope = scope;
        this.view = view;
        this.version = firstVersion;
        this.historyLimit = historyLimit;
        this.json = json;
        this.clock = clock;
    }

    String scope() {
        return scope;
    }

    synchronized long version() {
        return version;
    }

    synchronized int watching() {
        return subscribers.size();
    }

    /** Replaces a section, keeps the delta and sends it to every display watching. */
    synchronized void change(String section, JsonNode data) {
        version++;
        view.set(section, data);
        Subscriber.Frame delta = frame("delta", new DeltaFrame(scope, version, section, clock.instant(), data));
        history.addLast(new Versioned(version, delta));
        while (history.size() > historyLimit) {
            history.removeFirst();
        }
        for (Subscriber subscriber : subscribers) {
            subscriber.offer(delta, () -> snapshot("resync"));
        }
    }

    /** As {@link #change}, unless the section holds exactly this already: then nothing is kept or sent. */
    synchronized void changeIfDifferent(String section, JsonNode data) {
        if (!data.equals(view.get(section))) {
            change(section, data);
        }
    }

    /**
     * Applies sections recomputed as of now (figures that change with time alone, such as what is overdue),
     * each that differs as a delta, unless a change arrived since version {@code seen}: that one was read later.
     */
    synchronized void retime(long seen, Map<String, JsonNode> sections) {
        if (version != seen) {
            return;
        }
        sections.forEach(this::changeIfDifferent);
    }

    /**
     * Replaces the whole view, as after the views were rebuilt from the log: every display gets a fresh snapshot
     * ({@code reason} {@code "rebuilt"}). Deltas kept from before cannot be resumed across it, so they are dropped
     * and a display reconnecting with an older {@code since} gets a snapshot.
     */
    synchronized void refresh(ObjectNode fresh) {
        version++;
        view = fresh;
        history.clear();
        for (Subscriber subscriber : subscribers) {
            subscriber.offer(snapshot("rebuilt"), () -> snapshot("resync"));
        }
    }

    /**
     * Starts a display: the deltas after {@code since} when they are all still kept, else a snapshot.
     *
     * @return whether the display resumed from history rather than a snapshot
     */
    synchronized boolean join(Subscriber subscriber, Long since) {
        subscribers.add(subscriber);
        boolean resumable = since != null && since <= version
                && (since == version || (!history.isEmpty() && history.peekFirst().version() <= since + 1));
        if (!resumable) {
            subscriber.offer(snapshot(since == null ? "subscribe" : "resume"), () -> snapshot("resync"));
            return false;
        }
        for (Versioned delta : history) {
            if (delta.version() > since) {
                subscriber.offer(delta.frame(), () -> snapshot("resync"));
            }
        }
        return true;
    }

    synchronized void leave(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    synchronized void heartbeat() {
        Subscriber.Frame beat = frame("heartbeat", new HeartbeatFrame(scope, version, clock.instant()));
        for (Subscriber subscriber : subscribers) {
            subscriber.offer(beat, () -> snapshot("resync"));
        }
    }

    private Subscriber.Frame snapshot(String reason) {
        return frame("snapshot", new SnapshotFrame(scope, version, reason, clock.instant(), view.deepCopy()));
    }

    private Subscriber.Frame frame(String type, WallFrame frame) {
        try {
            return new Subscriber.Frame(type, json.writerFor(WallFrame.class).writeValueAsString(frame));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + type + " frame", e);
        }
    }
}
