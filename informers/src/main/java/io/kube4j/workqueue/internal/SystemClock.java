package io.kube4j.workqueue.internal;

import io.kube4j.workqueue.Clock;
import java.time.Instant;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/** The real clock. Its nanoTime starts near zero so that deadlines far in the future cannot overflow. */
public final class SystemClock implements Clock {
    public static final SystemClock INSTANCE = new SystemClock();
    private static final long ORIGIN = System.nanoTime();

    private SystemClock() {
    }

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public long nanoTime() {
        return System.nanoTime() - ORIGIN;
    }

    @Override
    public boolean awaitUntil(Lock lock, Condition condition, long deadlineNanos) throws InterruptedException {
        long remaining = deadlineNanos - nanoTime();
        if (remaining <= 0) {
            return true;
        }
        condition.awaitNanos(remaining);
        return deadlineNanos - nanoTime() <= 0;
    }
}
