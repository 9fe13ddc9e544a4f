package org.gridsteward.views;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The wall is not listening: view changes sent here are dropped. */
final class DiscardingEmitter implements Emitter<ViewChange> {
    @Override
    public CompletionStage<Void> send(ViewChange change) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public <M extends Message<? extends ViewChange>> void send(M message) {}

    @Override
    public void complete() {}

    @Override
    public void error(Exception e) {}

    @Override
    public boolean isCancelled() {
        return false;
    }

    @Override
    public boolean hasRequests() {
        return true;
    }
}
