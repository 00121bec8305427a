package io.kube4j.workqueue;

import java.time.Duration;

/**
 * An overall token bucket shared by all items, like client-go's {@code BucketRateLimiter} over
 * {@code rate.Limiter}: it starts full with {@code burst} tokens and refills at {@code qps} per second. Each
 * {@link #when} takes a token; when none is left it reserves one in the future and returns the wait, so
 * later callers queue up behind earlier ones. It does not track items.
 */
public final class BucketRateLimiter<T> implements RateLimiter<T> {
    private final double qps;
    private final int burst;
    private final Clock clock;
    private double tokens;
    private long last;

    /** A bucket on the real clock. */
    public BucketRateLimiter(double qps, int burst) {
        this(qps, burst, Clock.system());
    }

    /**
     * A bucket on {@code clock}.
     *
     * @param qps tokens added per second, positive; {@link Double#POSITIVE_INFINITY} means no limit
     * @param burst the bucket's size, at least 1
     */
    public BucketRateLimiter(double qps, int burst, Clock clock) {
        if (!(qps > 0) || burst < 1 || clock == null) {
            throw new IllegalArgumentException("a token bucket needs qps > 0 and burst >= 1 (qps " + qps
                    + ", burst " + burst + ", clock " + clock + ")");
        }
        this.qps = qps;
        this.burst = burst;
        this.clock = clock;
        this.tokens = burst;
        this.last = clock.nanoTime();
    }

    @Override
    public synchronized Duration when(T item) {
        if (Double.isInfinite(qps)) {
            return Duration.ZERO;
        }
        long now = clock.nanoTime();
        long elapsed = Math.max(0, now - last);
        double available = Math.min(burst, tokens + elapsed / 1e9 * qps);
        available -= 1;
        long wait = available < 0 ? (long) (-available / qps * 1e9) : 0;
        last = Math.max(last, now);
        tokens = available;
        return Duration.ofNanos(wait);
    }

    @Override
    public void forget(T item) {
        // The bucket is shared by all items: nothing to forget.
    }

    @Override
    public int numRequeues(T item) {
        return 0;
    }
}
