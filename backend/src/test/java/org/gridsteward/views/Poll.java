package org.gridsteward.views;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for something that happens asynchronously, for a bounded time. */
public final class Poll {
    private Poll() {}

    public static void until(Duration limit, BooleanSupplier condition, String what) {
        until(limit, condition, () -> what);
    }

    public static void until(Duration limit, BooleanSupplier condition, java.util.function.Supplier<String> what) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit + ": " + what.get());
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
