package io.kube4j.workqueue;

import java.time.Duration;
import java.util.List;

/** Combines limiters: asks each of them and waits for the longest; forgets in all of them. */
public final class MaxOfRateLimiter<T> implements RateLimiter<T> {
    private final List<RateLimiter<? super T>> limiters;

    /** The maximum of {@code limiters}. */
    public MaxOfRateLimiter(List<? extends RateLimiter<? super T>> limiters) {
        if (limiters == null || limiters.isEmpty() || limiters.stream().anyMatch(l -> l == null)) {
            throw new IllegalArgumentException("MaxOfRateLimiter needs at least one non-null limiter");
        }
        this.limiters = List.copyOf(limiters);
    }

    /** The maximum of {@code limiters}. */
    @SafeVarargs
    public static <T> MaxOfRateLimiter<T> of(RateLimiter<? super T>... limiters) {
        return new MaxOfRateLimiter<T>(List.<RateLimiter<? super T>>of(limiters));
    }

    @Override
    public Duration when(T item) {
        Duration max = Duration.ZERO;
        for (RateLimiter<? super T> limiter : limiters) {
            Duration d = limiter.when(item);
            if (d.compareTo(max) > 0) {
                max = d;
            }
        }
        return max;
    }

    @Override
    public void forget(T item) {
        for (RateLimiter<? super T> limiter : limiters) {
            limiter.forget(item);
        }
    }

    @Override
    public int numRequeues(T item) {
        int max = 0;
        for (RateLimiter<? super T> limiter : limiters) {
            max = Math.max(max, limiter.numRequeues(item));
        }
        return max;
    }
}
