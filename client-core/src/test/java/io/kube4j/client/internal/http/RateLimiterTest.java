package io.kube4j.client.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Token bucket decisions on a fake clock: no sleeping, no timing assertions. */
class RateLimiterTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);

    @Test
    void burstIsFreeThenCallersAreSpacedByOneOverQps() {
        RateLimiter limiter = new RateLimiter(2, 3, now::get);
        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isEqualTo(SECOND / 2);
        assertThat(limiter.reserve()).isEqualTo(SECOND);
        assertThat(limiter.reserve()).isEqualTo(3 * SECOND / 2);
    }

    @Test
    void refillsWithTimeButNeverAboveBurst() {
        RateLimiter limiter = new RateLimiter(1, 2, now::get);
        limiter.reserve();
        limiter.reserve();
        now.addAndGet(SECOND);
        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isEqualTo(SECOND);
        now.addAndGet(100 * SECOND); // long idle: refills to burst only
        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isEqualTo(SECOND);
    }

    @Test
    void partialRefill() {
        RateLimiter limiter = new RateLimiter(10, 1, now::get);
        assertThat(limiter.reserve()).isZero();
        now.addAndGet(SECOND / 20); // half a token
        assertThat(limiter.reserve()).isEqualTo(SECOND / 20);
    }

    @Test
    void cancelReturnsTheToken() {
        RateLimiter limiter = new RateLimiter(1, 1, now::get);
        limiter.reserve();
        assertThat(limiter.reserve()).isEqualTo(SECOND);
        limiter.cancel();
        assertThat(limiter.reserve()).isEqualTo(SECOND);
    }

    @Test
    void acquireRestoresTheTokenWhenInterrupted() {
        RateLimiter limiter = new RateLimiter(0.001, 1, now::get); // next token in 1000 s
        limiter.reserve();
        Thread.currentThread().interrupt();
        assertThatThrownBy(limiter::acquire).isInstanceOf(InterruptedException.class);
        assertThat(limiter.reserve()).isEqualTo(1000 * SECOND);
    }

    @ParameterizedTest
    @CsvSource({"0,1", "-1,1", "1,0", "NaN,1", "Infinity,1"})
    void rejectsBadSettings(double qps, int burst) {
        assertThatThrownBy(() -> new RateLimiter(qps, burst, now::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
