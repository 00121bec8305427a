package io.kube4j.workqueue.internal;

import io.kube4j.client.internal.Threads;
import io.kube4j.workqueue.DelayingQueue;
import io.kube4j.workqueue.WorkQueueOptions;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds a waiting room to the work queue: items sorted by the time they become ready, at most one entry per
 * item (the earliest time wins). A scheduler thread sleeps on the queue's {@link io.kube4j.workqueue.Clock}
 * until the first entry is due and moves due entries into the queue; reads ({@code get}, {@code len}) also
 * move due entries first, so a {@link io.kube4j.workqueue.FakeClock} advance is visible immediately.
 */
public class DefaultDelayingQueue<T> extends DefaultWorkQueue<T> implements DelayingQueue<T> {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultDelayingQueue.class);
    private static final long JOIN_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private record Waiting<T>(T item, long readyAt, long seq) {
    }

    private final TreeSet<Waiting<T>> waiting = new TreeSet<>(
            Comparator.<Waiting<T>>comparingLong(Waiting::readyAt).thenComparingLong(Waiting::seq));
    private final Map<T, Waiting<T>> waitingByItem = new HashMap<>();
    private final Condition schedulerWake = lock.newCondition();
    private final Thread scheduler;
    private long seq;

    protected DefaultDelayingQueue(WorkQueueOptions options) {
        super(options);
        String thread = "workqueue-" + (options.name().isEmpty() ? "unnamed" : options.name());
        this.scheduler = Threads.factory(thread).newThread(this::runScheduler);
    }

    /** Creates the queue and starts its scheduler thread. */
    public static <T> DefaultDelayingQueue<T> start(WorkQueueOptions options) {
        DefaultDelayingQueue<T> q = new DefaultDelayingQueue<>(options);
        q.startScheduler();
        return q;
    }

    /** Starts the scheduler; called once, after construction completes. */
    protected final void startScheduler() {
        scheduler.start();
    }

    @Override
    public void addAfter(T item, Duration delay) {
        requireItem(item);
        if (delay == null) {
            throw new IllegalArgumentException("delay must not be null");
        }
        lock.lock();
        try {
            if (isShuttingDownLocked()) {
                return;
            }
            notifyMetrics(m -> m.retried(name()));
            long nanos = Durations.toNanos(delay);
            if (nanos <= 0) {
                addLocked(item);
                return;
            }
            long readyAt = Durations.saturatedAdd(clock.nanoTime(), nanos);
            Waiting<T> existing = waitingByItem.get(item);
            if (existing != null) {
                if (existing.readyAt() <= readyAt) {
                    return;
                }
                waiting.remove(existing);
            }
            Waiting<T> entry = new Waiting<>(item, readyAt, seq++);
            waiting.add(entry);
            waitingByItem.put(item, entry);
            if (waiting.first() == entry) {
                schedulerWake.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Moves every entry that is due into the queue; the lock must be held. */
    private void promoteReady() {
        if (waiting.isEmpty()) {
            return;
        }
        long now = clock.nanoTime();
        while (!waiting.isEmpty() && waiting.first().readyAt() - now <= 0) {
            Waiting<T> entry = waiting.pollFirst();
            waitingByItem.remove(entry.item());
            addLocked(entry.item());
        }
    }

    @Override
    protected void beforeRead() {
        promoteReady();
    }

    private void runScheduler() {
        lock.lock();
        try {
            while (!isShuttingDownLocked()) {
                promoteReady();
                long deadline = waiting.isEmpty() ? Long.MAX_VALUE : waiting.first().readyAt();
                clock.awaitUntil(lock, schedulerWake, deadline);
            }
        } catch (InterruptedException e) {
            // Only shut-down interrupts us (as a last resort); just stop.
        } catch (RuntimeException e) {
            LOG.error("work queue {}: scheduler thread failed; delayed items are now added only when the queue"
                    + " is read", describe(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    protected void onShutDownLocked() {
        waiting.clear();
        waitingByItem.clear();
        schedulerWake.signalAll();
    }

    @Override
    protected void afterShutDown() {
        if (!Threads.joinUntil(scheduler, System.nanoTime() + JOIN_TIMEOUT_NANOS)
                && !Thread.currentThread().isInterrupted()) {
            // A custom Clock that ignores signals: interrupt rather than leak the thread.
            scheduler.interrupt();
            Threads.joinUntil(scheduler, System.nanoTime() + JOIN_TIMEOUT_NANOS);
        }
    }
}
