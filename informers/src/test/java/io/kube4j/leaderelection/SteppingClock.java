package io.kube4j.leaderelection;

import io.kube4j.workqueue.Clock;
import io.kube4j.workqueue.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.function.BooleanSupplier;

/**
 * A fake clock that knows when the threads using it have caught up: {@link #step} moves time and then waits
 * until every waiting thread is blocked on a deadline still in the future, so a test sees the state after all
 * due work at that instant was done.
 */
final class SteppingClock implements Clock {
    static final Instant START = Instant.parse("2024-05-01T10:00:00Z");

    private final FakeClock fake = new FakeClock(START);
    private final Map<Thread, Long> waiting = new ConcurrentHashMap<>();

    @Override
    public Instant now() {
        return fake.now();
    }

    @Override
    public long nanoTime() {
        return fake.nanoTime();
    }

    @Override
    public boolean awaitUntil(Lock lock, Condition condition, long deadlineNanos) throws InterruptedException {
        waiting.put(Thread.currentThread(), deadlineNanos);
        try {
            return fake.awaitUntil(lock, condition, deadlineNanos);
        } finally {
            waiting.remove(Thread.currentThread());
        }
    }

    /** Milliseconds since the start. */
    long millis() {
        return Duration.ofNanos(nanoTime()).toMillis();
    }

    /** {@code t} as milliseconds since the start (for timestamps written from this clock). */
    static long millisOf(Instant t) {
        return t.toEpochMilli() - START.toEpochMilli();
    }

    /** Advances by {@code millis}, then waits until no waiter is due and {@code settled} holds. */
    void step(long millis, BooleanSupplier settled) {
        fake.advance(Duration.ofMillis(millis));
        awaitSettled(settled);
    }

    /** Waits (real time, generous) until no waiter is due and {@code settled} holds. */
    void awaitSettled(BooleanSupplier settled) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            long now = nanoTime();
            boolean noneDue = waiting.values().stream().allMatch(d -> d - now > 0);
            if (noneDue && settled.getAsBoolean()) {
                // Double-check after a moment: a thread may be between two waits.
                sleep();
                long now2 = nanoTime();
                if (waiting.values().stream().allMatch(d -> d - now2 > 0) && settled.getAsBoolean()) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("threads did not settle: " + waiting);
            }
            sleep();
        }
    }

    int waiters() {
        return waiting.size();
    }

    private static void sleep() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
