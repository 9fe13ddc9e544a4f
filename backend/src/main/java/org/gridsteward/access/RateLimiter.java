package org.gridsteward.access;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code capacity} requests at once, refilled evenly over {@code period}. Only
 * the most recently seen clients are remembered, so a flood of distinct addresses cannot exhaust memory;
 * a forgotten client starts again with a full bucket.
 */
public final class RateLimiter {
    private static final int REMEMBERED_CLIENTS = 50_000;

    private final int capacity;
    private final long nanosPerToken;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > REMEMBERED_CLIENTS;
        }
    };

    public RateLimiter(int capacity, Duration period, LongSupplier nanoTime) {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a capacity of at least 1 and a positive period");
        }
        this.capacity = capacity;
        this.nanosPerToken = Math.max(1, period.toNanos() / capacity);
        this.nanoTime = nanoTime;
    }

    /** Takes one request from the client's budget: zero when allowed, otherwise how long until it would be. */
    public synchronized Duration take(String client) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        long refill = (now - bucket.updatedAt) / nanosPerToken;
        if (refill > 0) {
            bucket.tokens = (int) Math.min(capacity, bucket.tokens + refill);
            bucket.updatedAt = bucket.tokens == capacity ? now : bucket.updatedAt + refill * nanosPerToken;
        }
        if (bucket.tokens > 0) {
            bucket.tokens--;
            return Duration.ZERO;
        }
        return Duration.ofNanos(nanosPerToken - (now - bucket.updatedAt));
    }

    private static final class Bucket {
        int tokens;
        long updatedAt;

        Bucket(int tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
