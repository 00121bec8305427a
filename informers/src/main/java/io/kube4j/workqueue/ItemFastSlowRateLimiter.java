package io.kube4j.workqueue;

import java.time.Duration;

/** Per-item: {@code fastDelay} for the first {@code maxFastAttempts} retries, then {@code slowDelay}. */
public final class ItemFastSlowRateLimiter<T> extends ItemRateLimiter<T> {
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
    Duration delayAfter(int failures) {
        return failures <= maxFastAttempts ? fastDelay : slowDelay;
    }
}
