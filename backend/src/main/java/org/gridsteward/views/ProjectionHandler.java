package org.gridsteward.views;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.resident.ResidentErased;

/**
 * Feeds one projection from its Axon processor, a batch at a time: the batch's per-report documents are loaded
 * in one look-up, every document it changed is written once while its last event is handled (so before the
 * processor stores its token), and only then are the changed sections sent to the wall. A failed batch is
 * forgotten and delivered again; the documents' positions make that harmless.
 */
final class ProjectionHandler {
    private final Projection projection;
    private final WriteBehindViewStore store;
    private final BiConsumer<Projection, List<Changed>> changes;
    private final Set<Changed> pending = new LinkedHashSet<>();
    private volatile long lastEventMillis;

    ProjectionHandler(Projection projection, WriteBehindViewStore store, BiConsumer<Projection, List<Changed>> changes) {
        this.projection = projection;
        this.store = store;
        this.changes = changes;
        store.keep(projection.family().tallies());
    }

    String name() {
        return projection.family().name();
    }

    long lastEventMillis() {
        return lastEventMillis;
    }

    /** One handler for every event: other kinds change no view, but may end a batch. */
    @EventHandler
    void on(Object payload, TrackingToken token, ReplayStatus replay) {
        beginBatch();
        if (payload instanceof ReportEvent event) {
            List<Changed> changed = projection.on(event, position(token));
            lastEventMillis = event.at().toEpochMilli();
            // A rebuild replays history nobody is watching change.
            if (!replay.isReplay()) {
                pending.addAll(changed);
            }
        } else if (payload instanceof ResidentErased erased) {
            List<Changed> changed = projection.on(erased, position(token));
            if (!replay.isReplay()) {
                pending.addAll(changed);
            }
        }
        endBatch();
    }

    @ResetHandler
    void reset() {
        store.forget();
        pending.clear();
        projection.family().collections().forEach(store::clear);
    }

    /**
     * Before a replay that feeds this family directly, its processor stopped: forgets every view, and knows
     * from then on that a document it has not written does not exist.
     */
    void beginReplay() {
        reset();
        store.fromEmptied();
    }

    /** A report event of a replay, with where it was found in the log. */
    record Replayed(ReportEvent event, Position position) {
        /** The report events among these, each with its position worked out once for every family. */
        static List<Replayed> of(List<? extends TrackedEventMessage<?>> messages) {
            List<Replayed> events = new ArrayList<>(messages.size());
            for (TrackedEventMessage<?> message : messages) {
                if (message.getPayload() instanceof ReportEvent event) {
                    events.add(new Replayed(event, ProjectionHandler.position(message.trackingToken())));
                }
            }
            return events;
        }
    }

    /** Applies events of such a replay, in log order; a replay sends nothing to the wall. */
    void replay(List<Replayed> events) {
        List<String> reports = new ArrayList<>(events.size());
        for (Replayed replayed : events) {
            reports.add(replayed.event().reportId());
        }
        store.prefetch(projection.family().tracks(), reports, projection.family().trackType());
        for (Replayed replayed : events) {
            projection.on(replayed.event(), replayed.position());
        }
        if (!events.isEmpty()) {
            lastEventMillis = events.get(events.size() - 1).event().at().toEpochMilli();
        }
    }

    /** Writes what the replay changed since the last write. */
    void writeReplayed() {
        store.flush();
    }

    /** After the replay: everything written, and documents in the store treated as others may write them again. */
    void endReplay() {
        store.flush();
        store.live();
    }

    /** A replay that failed half-way: nothing of it is kept in hand. */
    void abandonReplay() {
        store.forget();
        store.live();
    }

    private void beginBatch() {
        UnitOfWork<?> unit = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get() : null;
        if (unit instanceof BatchingUnitOfWork<?> batch && batch.isFirstMessage()) {
            store.startBatch();
            unit.onRollback(u -> {
                store.forget();
                pending.clear();
            });
            List<String> reports = new ArrayList<>();
            for (Message<?> message : batch.getMessages()) {
                if (message.getPayload() instanceof ReportEvent e) {
                    reports.add(e.reportId());
                }
            }
            store.prefetch(projection.family().tracks(), reports, projection.family().trackType());
        }
    }

    private void endBatch() {
        UnitOfWork<?> unit = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get() : null;
        if (unit instanceof BatchingUnitOfWork<?> batch && !batch.isLastMessage()) {
            return;
        }
        store.flush();
        if (!pending.isEmpty()) {
            List<Changed> changed = new ArrayList<>(pending);
            pending.clear();
            changes.accept(projection, changed);
        }
    }

    static Position position(TrackingToken token) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return new Position(gapAware.getIndex(), gapAware.getGaps().isEmpty() ? List.of() : List.copyOf(gapAware.getGaps()));
        }
        throw new IllegalStateException("views need gap-aware positions, got " + token);
    }
}
