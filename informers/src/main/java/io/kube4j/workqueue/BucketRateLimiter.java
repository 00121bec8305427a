package io.kube4j.workqueue;

import java.time.Duration;

/**
 * An overall token bucket shared by all items, like client-go's {@code BucketRateLimiter} over
 * {@code rate.Limiter}: it starts full with {@code burst} tokens and refills at {@code qps} per second. Each
 * {@link #when} takes a token; when none is left it reserves one in the future and returns the wait, so
 * later callers queue up behind earlier ones. It does not track items.
 */
public final class BucketRateLimiter<T> implements RateLimiter<T> {
    /** The REST client's token bucket, on this limiter's clock; null for an infinite rate. */
    private final io.kube4j.client.internal.http.RateLimiter bucket;

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
        this.bucket = Double.isInfinite(qps) ? null
                : new io.kube4j.client.internal.http.RateLimiter(qps, burst, clock::nanoTime);
    }

    @Override
    public Duration when(T item) {
        return bucket == null ? Duration.ZERO : Duration.ofNanos(bucket.reserve());
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
