package io.kube4j.informers.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Jittered exponential backoff: the n-th delay in a row is {@code initial * 2^(n-1)} capped at {@code max},
 * stretched by a random factor in [1, 2) and capped at {@code max} again, so that many clients that failed
 * together do not retry together. {@link #reset()} after a success. Not thread-safe (reflector thread only).
 */
public final class Backoff {
    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;
    private Duration base;

    public Backoff(Duration initial, Duration max) {
        this(initial, max, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** With a random source in [0, 1) (tests pass a constant). */
    public Backoff(Duration initial, Duration max, DoubleSupplier random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The next delay; doubles the base for the one after. */
    public Duration next() {
        Duration b = base == null ? initial : base;
        base = min(b.multipliedBy(2), max);
        long nanos = (long) (b.toNanos() * (1.0 + random.getAsDouble()));
        return min(Duration.ofNanos(nanos), max);
    }

    /** Starts over from the initial delay. */
    public void reset() {
        base = null;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
