package org.gridsteward.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), now::get);

    @Test
    void aClientMaySpendItsWholeBudgetAtOnceAndThenWaits() {
        assertThat(limiter.take("a")).isZero();
        assertThat(limiter.take("a")).isZero();
        assertThat(limiter.take("a")).isZero();
        assertThat(limiter.take("a")).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void theBudgetRefillsEvenlyOverThePeriod() {
        for (int i = 0; i < 3; i++) {
            limiter.take("a");
        }
        now.addAndGet(Duration.ofSeconds(15).toNanos());
        assertThat(limiter.take("a")).isEqualTo(Duration.ofSeconds(5));
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(limiter.take("a")).isZero();
        assertThat(limiter.take("a")).isPositive();
    }

    @Test
    void clientsHaveSeparateBudgets() {
        for (int i = 0; i < 3; i++) {
            limiter.take("a");
        }
        assertThat(limiter.take("a")).isPositive();
        assertThat(limiter.take("b")).isZero();
    }
}
