package io.kube4j.workqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateLimiterTest {

    private static List<Long> delaysMillis(RateLimiter<String> limiter, String item, int times) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.add(limiter.when(item).toMillis());
        }
        return out;
    }

    @Test
    void exponentialDoublesPerItemAndForgets() {
        RateLimiter<String> limiter = new ItemExponentialFailureRateLimiter<>(Duration.ofMillis(1),
                Duration.ofSeconds(1));
        assertThat(delaysMillis(limiter, "a", 5)).containsExactly(1L, 2L, 4L, 8L, 16L);
        assertThat(limiter.numRequeues("a")).isEqualTo(5);
        assertThat(limiter.when("b")).isEqualTo(Duration.ofMillis(1));
        assertThat(limiter.numRequeues("b")).isEqualTo(1);
        limiter.forget("a");
        assertThat(limiter.numRequeues("a")).isZero();
        assertThat(limiter.when("a")).isEqualTo(Duration.ofMillis(1));
    }

    @ParameterizedTest(name = "base={0}ns max={1}ns failure #{2} -> {3}ns")
    @CsvSource({
        "5000000, 1000000000000, 1, 5000000",
        "5000000, 1000000000000, 2, 10000000",
        "5000000, 1000000000000, 11, 5120000000",
        "5000000, 1000000000000, 18, 655360000000",
        "5000000, 1000000000000, 19, 1000000000000",
        "5000000, 1000000000000, 64, 1000000000000",
        "5000000, 1000000000000, 1000, 1000000000000",
        "1, 9223372036854775807, 63, 4611686018427387904",
        "1, 9223372036854775807, 64, 9223372036854775807",
        "1, 9223372036854775807, 200, 9223372036854775807",
        "0, 1000, 50, 0",
        "10, 5, 1, 5"})
    void exponentialIsCappedAndOverflowSafe(long base, long max, int failure, long expected) {
        RateLimiter<String> limiter = new ItemExponentialFailureRateLimiter<>(Duration.ofNanos(base),
                Duration.ofNanos(max));
        Duration last = null;
        for (int i = 0; i < failure; i++) {
            last = limiter.when("x");
        }
        assertThat(last).isEqualTo(Duration.ofNanos(expected));
    }

    @Test
    void bucketAllowsABurstThenSpacesRequests() {
        FakeClock clock = new FakeClock();
        RateLimiter<String> bucket = new BucketRateLimiter<>(10, 100, clock);
        for (int i = 0; i < 100; i++) {
            assertThat(bucket.when("item-" + i)).as("burst #%d", i).isZero();
        }
        // No tokens left: each caller reserves the next one in the future.
        assertThat(bucket.when("x")).isEqualTo(Duration.ofMillis(100));
        assertThat(bucket.when("y")).isEqualTo(Duration.ofMillis(200));
        clock.advance(Duration.ofSeconds(1)); // 10 more tokens, 2 of them already reserved
        for (int i = 0; i < 8; i++) {
            assertThat(bucket.when("z")).isZero();
        }
        assertThat(bucket.when("z")).isEqualTo(Duration.ofMillis(100));
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 100; i++) {
            assertThat(bucket.when("refilled")).isZero(); // never more than the burst
        }
        assertThat(bucket.when("refilled")).isEqualTo(Duration.ofMillis(100));
        assertThat(bucket.numRequeues("x")).isZero();
    }

    @Test
    void bucketWithFractionalRates() {
        FakeClock clock = new FakeClock();
        RateLimiter<String> bucket = new BucketRateLimiter<>(2, 1, clock);
        assertThat(bucket.when("a")).isZero();
        assertThat(bucket.when("a")).isEqualTo(Duration.ofMillis(500));
        assertThat(bucket.when("a")).isEqualTo(Duration.ofMillis(1000));
        clock.advance(Duration.ofMillis(250));
        assertThat(bucket.when("a")).isEqualTo(Duration.ofMillis(1250));
        RateLimiter<String> unlimited = new BucketRateLimiter<>(Double.POSITIVE_INFINITY, 1, clock);
        for (int i = 0; i < 1000; i++) {
            assertThat(unlimited.when("a")).isZero();
        }
    }

    @Test
    void defaultControllerLimiterIsTheMaxOfBackoffAndBucket() {
        FakeClock clock = new FakeClock();
        RateLimiter<String> limiter = RateLimiter.defaultControllerRateLimiter(clock);
        assertThat(limiter.when("a")).isEqualTo(Duration.ofMillis(5));
        assertThat(limiter.when("a")).isEqualTo(Duration.ofMillis(10));
        assertThat(limiter.numRequeues("a")).isEqualTo(2);
        for (int i = 0; i < 98; i++) {
            assertThat(limiter.when("other-" + i)).isEqualTo(Duration.ofMillis(5));
        }
        // the bucket is empty now and dominates a fresh item's 5 ms
        assertThat(limiter.when("fresh")).isEqualTo(Duration.ofMillis(100));
        limiter.forget("a");
        assertThat(limiter.numRequeues("a")).isZero();
        clock.advance(Duration.ofSeconds(10));
        assertThat(limiter.when("a")).isEqualTo(Duration.ofMillis(5));
        for (int i = 0; i < 15; i++) {
            limiter.when("a");
        }
        assertThat(limiter.when("a")).isEqualTo(Duration.ofMillis(5L << 16));
    }

    @Test
    void maxOfAsksEveryLimiter() {
        RateLimiter<String> fast = new ItemFastSlowRateLimiter<>(Duration.ofMillis(1), Duration.ofMillis(50), 2);
        RateLimiter<String> exp = new ItemExponentialFailureRateLimiter<>(Duration.ofMillis(10), Duration.ofSeconds(1));
        RateLimiter<String> max = MaxOfRateLimiter.of(fast, exp);
        assertThat(delaysMillis(max, "a", 4)).containsExactly(10L, 20L, 50L, 80L);
        assertThat(fast.numRequeues("a")).isEqualTo(4);
        assertThat(exp.numRequeues("a")).isEqualTo(4);
        assertThat(max.numRequeues("a")).isEqualTo(4);
        max.forget("a");
        assertThat(fast.numRequeues("a")).isZero();
        assertThat(exp.numRequeues("a")).isZero();
    }

    @Test
    void fastSlow() {
        RateLimiter<String> limiter = new ItemFastSlowRateLimiter<>(Duration.ofMillis(5), Duration.ofSeconds(10), 3);
        assertThat(delaysMillis(limiter, "a", 5)).containsExactly(5L, 5L, 5L, 10_000L, 10_000L);
        assertThat(limiter.when("b")).isEqualTo(Duration.ofMillis(5));
        assertThat(limiter.numRequeues("a")).isEqualTo(5);
        limiter.forget("a");
        assertThat(limiter.when("a")).isEqualTo(Duration.ofMillis(5));
    }

    @Test
    void withMaxWaitCaps() {
        RateLimiter<String> limiter = new WithMaxWaitRateLimiter<>(
                new ItemExponentialFailureRateLimiter<String>(Duration.ofMillis(10), Duration.ofSeconds(100)),
                Duration.ofMillis(30));
        assertThat(delaysMillis(limiter, "a", 4)).containsExactly(10L, 20L, 30L, 30L);
        assertThat(limiter.numRequeues("a")).isEqualTo(4);
        limiter.forget("a");
        assertThat(limiter.numRequeues("a")).isZero();
    }

    @Test
    void rejectsBadConfiguration() {
        assertThatThrownBy(() -> new ItemExponentialFailureRateLimiter<String>(Duration.ofMillis(-1),
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BucketRateLimiter<String>(0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qps > 0");
        assertThatThrownBy(() -> new BucketRateLimiter<String>(Double.NaN, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BucketRateLimiter<String>(10, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("burst >= 1");
        assertThatThrownBy(() -> new MaxOfRateLimiter<String>(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemFastSlowRateLimiter<String>(Duration.ZERO, Duration.ZERO, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WithMaxWaitRateLimiter<String>(null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rateLimitingQueueDelaysByTheLimiter() {
        FakeClock clock = new FakeClock();
        RateLimitingQueue<String> q = RateLimitingQueue.create(WorkQueueOptions.builder().name("rl").clock(clock)
                .build());
        try (q) {
            q.addRateLimited("a");
            assertThat(q.numRequeues("a")).isEqualTo(1);
            assertThat(q.len()).isZero();
            clock.advance(Duration.ofMillis(4));
            assertThat(q.len()).isZero();
            clock.advance(Duration.ofMillis(1));
            assertThat(q.get(Duration.ZERO)).hasValue("a");
            q.addRateLimited("a"); // fails again while processing: 10 ms
            q.done("a");
            clock.advance(Duration.ofMillis(9));
            assertThat(q.len()).isZero();
            clock.advance(Duration.ofMillis(1));
            assertThat(q.get(Duration.ZERO)).hasValue("a");
            q.forget("a");
            q.done("a");
            assertThat(q.numRequeues("a")).isZero();
            q.addRateLimited("a");
            clock.advance(Duration.ofMillis(5));
            assertThat(q.len()).isEqualTo(1);
        }
        q.addRateLimited("b");
        assertThat(q.numRequeues("b")).isZero(); // ignored after shut-down
    }

    @Test
    void rateLimitingQueueWithACustomLimiter() {
        FakeClock clock = new FakeClock();
        RateLimitingQueue<String> q = RateLimitingQueue.create(
                WorkQueueOptions.builder().name("custom").clock(clock).build(),
                new ItemFastSlowRateLimiter<Object>(Duration.ZERO, Duration.ofMinutes(1), 1));
        try (q) {
            q.addRateLimited("a");
            assertThat(q.len()).isEqualTo(1);
            q.addRateLimited("b");
            q.addRateLimited("b");
            assertThat(q.len()).isEqualTo(2);
        }
    }
}
