package io.kube4j.informers.internal;

import io.kube4j.client.internal.Threads;
import io.kube4j.informers.HandlerRegistration;
import io.kube4j.informers.ResourceEventHandler;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One registered handler: an unbounded FIFO of notifications drained by the handler's own thread, so a
 * slow handler only delays itself. The informer enqueues under its dispatch lock (never blocking); the
 * thread also asks the informer for a resync when the handler's period has passed and its queue is empty.
 *
 * <p>Waking a parked thread for every notification costs the informer's thread a system call and both
 * threads a context switch, more than a fast handler's work. So while notifications arrive less than
 * {@link #POLL_NANOS} apart, the handler thread does not park when its queue runs dry but looks again after
 * {@link #POLL_NANOS} (taking everything that came meanwhile), and enqueueing does not signal it; at lower
 * rates it parks and every enqueue wakes it, as usual.
 */
final class HandlerListener<T> implements HandlerRegistration {
    private static final Logger LOG = LoggerFactory.getLogger(HandlerListener.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);
    /** Notifications closer together than this count as a burst; also the polling interval during one. */
    static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final ResourceEventHandler<? super T> handler;
    private final Duration resyncPeriod;
    private final String threadName;
    private final Consumer<HandlerListener<T>> resync;
    private final Consumer<HandlerListener<T>> remove;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Notification<T>> queue = new ArrayDeque<>();
    private boolean stopped;
    private Thread thread;
    private volatile boolean synced;
    private long nextResyncNanos = Long.MAX_VALUE;
    /** The thread waits for a signal (not polling): enqueueing must wake it. Guarded by lock. */
    private boolean parked;
    private long lastEnqueueNanos = System.nanoTime() - TimeUnit.SECONDS.toNanos(1);
    private long enqueueGapNanos = Long.MAX_VALUE;

    /**
     * @param resync called on the handler thread to enqueue a resync (the informer's snapshot of its cache)
     * @param remove called by {@link #close()} to unregister from the informer (which then calls {@link #stop()})
     */
    HandlerListener(ResourceEventHandler<? super T> handler, Duration resyncPeriod, String threadName,
            Consumer<HandlerListener<T>> resync, Consumer<HandlerListener<T>> remove) {
        this.handler = handler;
        this.resyncPeriod = resyncPeriod == null ? Duration.ZERO : resyncPeriod;
        this.threadName = threadName;
        this.resync = resync;
        this.remove = remove;
    }

    void enqueue(Notification<T> n) {
        lock.lock();
        try {
            if (!stopped) {
                long now = System.nanoTime();
                enqueueGapNanos = now - lastEnqueueNanos;
                lastEnqueueNanos = now;
                queue.add(n);
                if (parked) {
                    changed.signal();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    void enqueueAll(Collection<Notification<T>> ns) {
        lock.lock();
        try {
            if (!stopped) {
                lastEnqueueNanos = System.nanoTime();
                queue.addAll(ns);
                if (parked) {
                    changed.signal();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Starts the handler thread (once). */
    void start() {
        lock.lock();
        try {
            if (thread != null || stopped) {
                return;
            }
            thread = Threads.start(threadName, this::run);
        } finally {
            lock.unlock();
        }
    }

    /** Tells the thread to stop: pending notifications are dropped. Does not wait; see {@link #join}. */
    void signalStop() {
        lock.lock();
        try {
            stopped = true;
            queue.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until {@code deadlineNanos} (System.nanoTime) for the thread to end, after {@link #signalStop()};
     * a handler still running then is interrupted. Returns whether the thread ended.
     */
    boolean join(long deadlineNanos) {
        Thread t;
        lock.lock();
        try {
            t = thread;
        } finally {
            lock.unlock();
        }
        if (t == null || Threads.joinUntil(t, deadlineNanos)) {
            return true;
        }
        if (!Thread.currentThread().isInterrupted()) {
            LOG.warn("{}: the handler is still running {}; interrupting it", threadName, handler);
            t.interrupt();
            Threads.joinUntil(t, System.nanoTime() + TimeUnit.SECONDS.toNanos(1));
        }
        return !t.isAlive();
    }

    /** {@link #signalStop()}, then {@link #join} for at most the default stop wait. */
    void stop() {
        signalStop();
        join(System.nanoTime() + STOP_WAIT.toNanos());
    }

    @Override
    public boolean hasSynced() {
        return synced;
    }

    @Override
    public int pendingNotifications() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Duration resyncPeriod() {
        return resyncPeriod;
    }

    @Override
    public void close() {
        remove.accept(this);
    }

    @Override
    public String toString() {
        return "HandlerRegistration{" + threadName + ", " + handler + ", pending=" + pendingNotifications() + "}";
    }

    private void run() {
        while (true) {
            Notification<T> next;
            try {
                next = take();
            } catch (InterruptedException e) {
                return;
            }
            if (next == null) {
                return;
            }
            deliver(next);
        }
    }

    /** The next notification, after enqueueing a resync if one is due; null once stopped. */
    private Notification<T> take() throws InterruptedException {
        while (true) {
            boolean resyncDue = false;
            lock.lock();
            try {
                while (!stopped && queue.isEmpty()) {
                    long now = System.nanoTime();
                    long wait = nextResyncNanos - now;
                    if (wait <= 0) {
                        resyncDue = true;
                        break;
                    }
                    if (enqueueGapNanos < POLL_NANOS && now - lastEnqueueNanos < POLL_NANOS) {
                        changed.awaitNanos(Math.min(wait, POLL_NANOS)); // in a burst: look again soon, unsignalled
                    } else {
                        parked = true;
                        try {
                            changed.awaitNanos(Math.min(wait, TimeUnit.HOURS.toNanos(1)));
                        } finally {
                            parked = false;
                        }
                    }
                }
                if (stopped) {
                    return null;
                }
                if (!resyncDue) {
                    return queue.poll();
                }
                nextResyncNanos = System.nanoTime() + resyncPeriod.toNanos();
            } finally {
                lock.unlock();
            }
            resync.accept(this); // outside our lock: the informer takes its dispatch lock, then ours
        }
    }

    private void deliver(Notification<T> n) {
        if (n.kind() == Notification.Kind.SYNCED) {
            synced = true;
            if (!resyncPeriod.isZero()) {
                lock.lock();
                try {
                    nextResyncNanos = System.nanoTime() + resyncPeriod.toNanos();
                } finally {
                    lock.unlock();
                }
            }
            return;
        }
        try {
            n.deliver(handler);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            LOG.error("{}: handler {} failed on {} of {}", threadName, handler, n.kind(), n.subject(), e);
        }
    }
}
