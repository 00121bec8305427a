package io.kube4j.workqueue;

import java.time.Duration;

/** Per-item: {@code fastDelay} for the first {@code maxFastAttempts} retries, then {@code slowDelay}. */
public final class ItemFastSlowRateLimiter<T> implements RateLimiter<T> {
    private final FailureCounts<T> failures = new FailureCounts<>();
    private final Duration fastDelay;
    private final Duration slowDelay;
    private final int maxFastAttempts;

    /** A limiter with a fast and a slow delay. */
    public ItemFastSlowRateLimiter(Duration fastDelay, Duration slowDelay, int maxFastAttempts) {
        if (fastDelay == null || slowDelay == null || fastDelay.isNegative() || slowDelay.isNegative()
                || maxFastAttempts < 0) {
            throw new IllegalArgumentException("delays and attempts must be non-negative (fast " + fastDelay
                    + ", slow " + slowDelay + ", attempts " + maxFastAttempts + ")");
        }
        this.fastDelay = fastDelay;
        this.slowDelay = slowDelay;
        this.maxFastAttempts = maxFastAttempts;
    }

    @Override
    public Duration when(T item) {
        int attempts = failures.increment(item);
        return attempts <= maxFastAttempts ? fastDelay : slowDelay;
    }

    @Override
    public void forget(T item) {
        failures.forget(item);
    }

    @Override
    public int numRequeues(T item) {
        return failures.get(item);
    }
}
