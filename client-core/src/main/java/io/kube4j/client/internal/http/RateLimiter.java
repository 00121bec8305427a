package io.kube4j.client.internal.http;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Client-side token bucket (client-go's {@code flowcontrol} QPS/burst): starts full with {@code burst}
 * tokens and refills at {@code qps} per second. A caller that finds the bucket empty reserves a future
 * token and waits for it, so waiting callers are spaced {@code 1/qps} apart in arrival order.
 */
public final class RateLimiter {
    private final double qps;
    private final int burst;
    private final LongSupplier nanoClock;
    private double tokens;
    private long lastNanos;

    /** A limiter on the system's monotonic clock. */
    public RateLimiter(double qps, int burst) {
        this(qps, burst, System::nanoTime);
    }

    /** A limiter on the given clock (nanoseconds, monotonic), for tests. */
    public RateLimiter(double qps, int burst, LongSupplier nanoClock) {
        if (!(qps > 0) || Double.isInfinite(qps)) {
            throw new IllegalArgumentException("qps must be positive and finite, got " + qps);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1, got " + burst);
        }
        this.qps = qps;
        this.burst = burst;
        this.nanoClock = nanoClock;
        this.tokens = burst;
        this.lastNanos = nanoClock.getAsLong();
    }

    /** Takes a token and returns how long (ns) the caller must wait before using it; 0 if available now. */
    public synchronized long reserve() {
        refill();
        tokens -= 1;
        if (tokens >= 0) {
            return 0;
        }
        return Math.round(-tokens / qps * 1e9);
    }

    /** Returns a reserved token that will not be used (e.g. its waiter was interrupted). */
    public synchronized void cancel() {
        tokens = Math.min(burst, tokens + 1);
    }

    /** Takes a token, sleeping until it is available. Interruptible: the token is returned on interrupt. */
    public void acquire() throws InterruptedException {
        long wait = reserve();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                cancel();
                throw e;
            }
        }
    }

    public double qps() {
        return qps;
    }

    public int burst() {
        return burst;
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        long elapsed = now - lastNanos;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed * qps / 1e9);
            lastNanos = now;
        }
    }
}
