package org.gridsteward.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Holds one writer between reserving its positions and writing them, as a slow or stalled node would: the
 * first writer to pass, or, made with {@code armed} false, the first after {@link #holdNext()}.
 */
public final class HeldWriter implements CommitGate {
    private final AtomicBoolean armed;
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    public HeldWriter() {
        this(true);
    }

    public HeldWriter(boolean armed) {
        this.armed = new AtomicBoolean(armed);
    }

    public void holdNext() {
        armed.set(true);
    }

    @Override
    public void beforeInsert(List<Long> positions) {
        if (armed.compareAndSet(true, false)) {
            held.countDown();
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void awaitHeld() throws InterruptedException {
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
    }

    public void release() {
        released.countDown();
    }
}
