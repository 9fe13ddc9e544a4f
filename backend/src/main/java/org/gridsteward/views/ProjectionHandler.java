package org.gridsteward.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.gridsteward.events.report.ReportEvent;

/** Feeds one projection from its Axon processor: translates the tracking token, forgets the views on reset. */
final class ProjectionHandler {
    private final Projection projection;
    private final ViewStore store;
    private final BiConsumer<Projection, List<Changed>> changes;
    private volatile long lastEventMillis;

    ProjectionHandler(Projection projection, ViewStore store, BiConsumer<Projection, List<Changed>> changes) {
        this.projection = projection;
        this.store = store;
        this.changes = changes;
    }

    String name() {
        return projection.name();
    }

    long lastEventMillis() {
        return lastEventMillis;
    }

    @EventHandler
    void on(ReportEvent event, TrackingToken token, ReplayStatus replay) {
        List<Changed> changed = projection.on(event, position(token));
        lastEventMillis = event.at().toEpochMilli();
        // A rebuild replays history nobody is watching change; walls resynchronise once it is done.
        if (!changed.isEmpty() && !replay.isReplay()) {
            changes.accept(projection, new ArrayList<>(changed));
        }
    }

    @ResetHandler
    void reset() {
        projection.collections().forEach(store::clear);
    }

    static Position position(TrackingToken token) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return new Position(gapAware.getIndex(), List.copyOf(gapAware.getGaps()));
        }
        throw new IllegalStateException("views need gap-aware positions, got " + token);
    }
}
