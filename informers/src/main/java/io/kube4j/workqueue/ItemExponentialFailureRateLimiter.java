package io.kube4j.workqueue;

import java.time.Duration;

/**
 * Per-item exponential backoff: the n-th consecutive {@link #when} of an item returns
 * {@code baseDelay * 2^(n-1)}, capped at {@code maxDelay} (without overflow however many failures).
 */
public final class ItemExponentialFailureRateLimiter<T> extends ItemRateLimiter<T> {
    private final long baseNanos;
    private final Duration maxDelay;

    /** A limiter from {@code baseDelay} doubling up to {@code maxDelay}. */
    public ItemExponentialFailureRateLimiter(Duration baseDelay, Duration maxDelay) {
        if (baseDelay == null || maxDelay == null || baseDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("delays must be non-negative (base " + baseDelay + ", max "
                    + maxDelay + ")");
        }
        this.baseNanos = baseDelay.toNanos();
        this.maxDelay = maxDelay;
    }

    @Override
    Duration delayAfter(int failures) {
        int exponent = failures - 1;
        if (baseNanos == 0) {
            return Duration.ZERO;
        }
        if (exponent >= 63 || baseNanos > (Long.MAX_VALUE >> exponent)) {
            return maxDelay;
        }
        Duration delay = Duration.ofNanos(baseNanos << exponent);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
