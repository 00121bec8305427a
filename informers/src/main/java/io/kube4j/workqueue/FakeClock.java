package io.kube4j.workqueue;

import io.kube4j.workqueue.internal.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * A clock that only moves when told to, for tests of queues, rate limiters and anything else that takes a
 * {@link Clock}. {@link #advance} wakes every thread waiting (through {@link #awaitUntil}) for a deadline that
 * has now passed, such as a delaying queue's scheduler. Thread-safe.
 *
 * <pre>{@code
 * FakeClock clock = new FakeClock();
 * DelayingQueue<String> q = DelayingQueue.create(WorkQueueOptions.builder().name("test").clock(clock).build());
 * q.addAfter("a", Duration.ofSeconds(5));
 * clock.advance(Duration.ofSeconds(5));   // "a" is now ready: q.len() == 1
 * }</pre>
 */
public final class FakeClock implements Clock {
    private record Waiter(Lock lock, Condition condition, long deadline) {
    }

    private final Instant start;
    private final Object monitor = new Object();
    private final List<Waiter> waiters = new ArrayList<>();
    private long nanos;

    /** A fake clock at 2000-01-01T00:00:00Z. */
    public FakeClock() {
        this(Instant.parse("2000-01-01T00:00:00Z"));
    }

    /** A fake clock at {@code start}; {@link #nanoTime()} starts at zero. */
    public FakeClock(Instant start) {
        if (start == null) {
            throw new IllegalArgumentException("start must not be null");
        }
        this.start = start;
    }

    @Override
    public Instant now() {
        return start.plusNanos(nanoTime());
    }

    @Override
    public long nanoTime() {
        synchronized (monitor) {
            return nanos;
        }
    }

    /** The time elapsed since this clock was created. */
    public Duration elapsed() {
        return Duration.ofNanos(nanoTime());
    }

    /**
     * Moves time forward and wakes the threads whose deadline has passed.
     *
     * @throws IllegalArgumentException if {@code step} is negative (time never goes back)
     */
    public void advance(Duration step) {
        if (step == null || step.isNegative()) {
            throw new IllegalArgumentException("a fake clock only moves forward (step " + step + ")");
        }
        List<Waiter> due = new ArrayList<>();
        synchronized (monitor) {
            nanos = Durations.saturatedAdd(nanos, Durations.toNanos(step));
            for (Waiter w : waiters) {
                if (w.deadline - nanos <= 0) {
                    due.add(w);
                }
            }
        }
        // Signal outside our monitor: a waiter's lock may be held by a thread that is reading this clock.
        for (Waiter w : due) {
            w.lock.lock();
            try {
                w.condition.signalAll();
            } finally {
                w.lock.unlock();
            }
        }
    }

    /** How many threads are blocked in {@link #awaitUntil} (with any deadline, even "never"). */
    public int waiters() {
        synchronized (monitor) {
            return waiters.size();
        }
    }

    @Override
    public boolean awaitUntil(Lock lock, Condition condition, long deadlineNanos) throws InterruptedException {
        Waiter w = new Waiter(lock, condition, deadlineNanos);
        synchronized (monitor) {
            if (deadlineNanos - nanos <= 0) {
                return true;
            }
            waiters.add(w);
        }
        try {
            // advance() needs the caller's lock to signal, which await releases: no wakeup can be lost.
            condition.await();
        } finally {
            synchronized (monitor) {
                waiters.remove(w);
            }
        }
        return deadlineNanos - nanoTime() <= 0;
    }
}
