package io.kube4j.workqueue;

import io.kube4j.workqueue.internal.SystemClock;
import java.time.Instant;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * The time source of work queues and rate limiters. {@link #system()} is the real clock; {@link FakeClock}
 * lets tests move time by hand so that delays and backoffs run deterministically.
 */
public interface Clock {
    /** The real clock: {@link Instant#now()} and {@link System#nanoTime()}. */
    static Clock system() {
        return SystemClock.INSTANCE;
    }

    /** The current wall-clock time. */
    Instant now();

    /** A monotonic reading in nanoseconds, only meaningful relative to other readings of the same clock. */
    long nanoTime();

    /**
     * Blocks the calling thread, which holds {@code lock}, on {@code condition} until it is signalled, until
     * {@link #nanoTime()} reaches {@code deadlineNanos}, or until it is interrupted. As with
     * {@link Condition#await()}, the lock is released while waiting and wakeups may be spurious, so callers
     * re-check their state in a loop.
     *
     * @return whether the deadline has been reached
     */
    boolean awaitUntil(Lock lock, Condition condition, long deadlineNanos) throws InterruptedException;
}
