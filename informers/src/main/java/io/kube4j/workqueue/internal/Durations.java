package io.kube4j.workqueue.internal;

import java.time.Duration;

/** Overflow-safe nanosecond arithmetic: huge delays saturate instead of wrapping into the past. */
public final class Durations {
    private Durations() {
    }

    /** {@code d} in nanoseconds, saturated to the long range. */
    public static long toNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** {@code a + b}, saturated to the long range. */
    public static long saturatedAdd(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return b > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return r;
    }
}
