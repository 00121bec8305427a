package io.kube4j.workqueue;

import java.time.Duration;
import java.util.List;

/**
 * Decides how long to wait before an item is retried (client-go's {@code workqueue.RateLimiter}).
 * Implementations are thread-safe.
 */
public interface RateLimiter<T> {
    /** The delay before {@code item} may be processed again; counts as one more requeue of it. */
    Duration when(T item);

    /** Forgets {@code item}: its next {@link #when} starts from the first delay again. */
    void forget(T item);

    /** How many times {@link #when} was called for {@code item} since it was last forgotten. */
    int numRequeues(T item);

    /**
     * client-go's default for controllers: the maximum of a per-item exponential backoff from 5 ms to
     * 1000 s and an overall token bucket of 10 per second with bursts of 100.
     */
    static <T> RateLimiter<T> defaultControllerRateLimiter() {
        return defaultControllerRateLimiter(Clock.system());
    }

    /** {@link #defaultControllerRateLimiter()} with its token bucket on {@code clock}. */
    static <T> RateLimiter<T> defaultControllerRateLimiter(Clock clock) {
        return new MaxOfRateLimiter<T>(List.of(
                new ItemExponentialFailureRateLimiter<T>(Duration.ofMillis(5), Duration.ofSeconds(1000)),
                new BucketRateLimiter<T>(10, 100, clock)));
    }

    /** client-go's default per-item limiter: exponential backoff from 1 ms to 1000 s, no overall limit. */
    static <T> RateLimiter<T> defaultItemBasedRateLimiter() {
        return new ItemExponentialFailureRateLimiter<>(Duration.ofMillis(1), Duration.ofSeconds(1000));
    }
}
