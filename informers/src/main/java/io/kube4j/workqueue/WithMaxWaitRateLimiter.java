package io.kube4j.workqueue;

import java.time.Duration;

/** Caps another limiter's delays at {@code maxDelay}. */
public final class WithMaxWaitRateLimiter<T> implements RateLimiter<T> {
    private final RateLimiter<? super T> limiter;
    private final Duration maxDelay;

    /** {@code limiter}, never waiting longer than {@code maxDelay}. */
    public WithMaxWaitRateLimiter(RateLimiter<? super T> limiter, Duration maxDelay) {
        if (limiter == null || maxDelay == null || maxDelay.isNegative()) {
            throw new IllegalArgumentException("WithMaxWaitRateLimiter needs a limiter and a non-negative max delay");
        }
        this.limiter = limiter;
        this.maxDelay = maxDelay;
    }

    @Override
    public Duration when(T item) {
        Duration d = limiter.when(item);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    @Override
    public void forget(T item) {
        limiter.forget(item);
    }

    @Override
    public int numRequeues(T item) {
        return limiter.numRequeues(item);
    }
}
