package org.gridsteward.store;

import com.mongodb.client.MongoCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;

/**
 * The whole log read once, for a replay: one filterless scan of the events collection in its natural order,
 * which is the order documents were inserted in. Writers commit their reserved positions in any order, so a
 * document may arrive after later positions: it is waited for while at most {@code window} documents are held
 * back; beyond that, and at the end of the scan, a missing position becomes a gap of the tracking token exactly
 * as {@link MongoEventStorageEngine}'s tracking reads keep it. A gap filled later in the same scan is delivered
 * then (after later positions, as a tracking read would deliver it); one still open at the end stays in
 * {@link #token()}, so a processor that resumes from it still receives the event when its writer commits.
 *
 * <p>Every event is deserialised once, here, so whatever applies it to several views shares one payload. A
 * scan is used by one thread.
 */
public final class LogScan implements AutoCloseable {
    private final MongoCursor<Document> cursor;
    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final int window;
    private final long headAtStart;
    private final TreeMap<Long, Document> waiting = new TreeMap<>();
    private GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(-1, List.of());
    private boolean scanned;

    LogScan(MongoCursor<Document> cursor, Serializer serializer, EventUpcaster upcasters, int window, long headAtStart) {
        if (window < 1) {
            throw new IllegalArgumentException("a scan must be able to hold back at least one event");
        }
        this.cursor = cursor;
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.window = window;
        this.headAtStart = headAtStart;
    }

    /** How many positions the log had reserved when the scan began: what a replay has to get through. */
    public long positionsAtStart() {
        return headAtStart + 1;
    }

    /**
     * The next events, up to {@code max}, in the order a tracking processor takes them in, each with its own
     * gap-aware token; an empty list once the scan is through.
     */
    public List<TrackedEventMessage<?>> next(int max) {
        List<TrackedEventMessage<?>> events;
        do {
            events = deserialised(ordered(max));
        } while (events.isEmpty() && !(scanned && waiting.isEmpty()));
        return events;
    }

    private List<TrackedEventData<?>> ordered(int max) {
        List<TrackedEventData<?>> ready = new ArrayList<>();
        while (ready.size() < max) {
            if (!waiting.isEmpty() && waiting.firstKey() == token.getIndex() + 1) {
                release(waiting.pollFirstEntry(), ready);
            } else if (!scanned && cursor.hasNext()) {
                take(cursor.next(), ready);
            } else {
                scanned = true;
                if (waiting.isEmpty()) {
                    break;
                }
                // The end of the log: what is still missing below the documents held back becomes a gap.
                release(waiting.pollFirstEntry(), ready);
            }
        }
        return ready;
    }

    private List<TrackedEventMessage<?>> deserialised(List<TrackedEventData<?>> ready) {
        List<TrackedEventMessage<?>> events =
                EventUtils.upcastAndDeserializeTrackedEvents(ready.stream(), serializer, upcasters).toList();
        events.forEach(TrackedEventMessage::getPayload);
        return events;
    }

    /** Everything delivered so far, with the positions still missing as gaps: where a processor resumes. */
    public GapAwareTrackingToken token() {
        return token;
    }

    private void take(Document document, List<TrackedEventData<?>> ready) {
        long position = document.get("_id", Number.class).longValue();
        if (position <= token.getIndex()) {
            // A position given up on as a gap, committed after all: a tracking read delivers it now too.
            if (token.getGaps().contains(position)) {
                release(Map.entry(position, document), ready);
            }
            return;
        }
        waiting.put(position, document);
        if (waiting.size() > window) {
            release(waiting.pollFirstEntry(), ready);
        }
    }

    private void release(Map.Entry<Long, Document> entry, List<TrackedEventData<?>> ready) {
        token = MongoEventStorageEngine.advance(token, entry.getKey());
        Document document = entry.getValue();
        if (!document.getBoolean("void", false)) {
            ready.add(new TrackedDomainEventData<>(token, MongoEventStorageEngine.domainEntry(document)));
        }
    }

    @Override
    public void close() {
        cursor.close();
    }
}
