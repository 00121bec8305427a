package io.kube4j.workqueue;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the per-item limiters share: a failure count per item (thread-safe, saturating at
 * {@code Integer.MAX_VALUE}) that {@link #when} increments and {@link #forget} clears; subclasses map the
 * count to a delay.
 */
abstract sealed class ItemRateLimiter<T> implements RateLimiter<T>
        permits ItemExponentialFailureRateLimiter, ItemFastSlowRateLimiter {
    private final ConcurrentHashMap<T, Integer> failures = new ConcurrentHashMap<>();

    @Override
    public final Duration when(T item) {
        return delayAfter(failures.merge(item, 1, (a, b) -> a == Integer.MAX_VALUE ? a : a + b));
    }

    /** The delay after the {@code failures}-th consecutive failure (1 for the first). */
    abstract Duration delayAfter(int failures);

    @Override
    public final void forget(T item) {
        failures.remove(item);
    }

    @Override
    public final int numRequeues(T item) {
        return failures.getOrDefault(item, 0);
    }
}
