package io.kube4j.workqueue.internal;

import io.kube4j.workqueue.Clock;
import io.kube4j.workqueue.WorkQueue;
import io.kube4j.workqueue.WorkQueueMetrics;
import io.kube4j.workqueue.WorkQueueOptions;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * client-go's queue: a FIFO of items to hand out, a "dirty" set of items that need processing, and a
 * "processing" set of items handed out and not yet done. An item is in the FIFO only if it is dirty and not
 * being processed, which gives the de-duplication and the one-worker-per-item guarantee.
 */
public class DefaultWorkQueue<T> implements WorkQueue<T> {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultWorkQueue.class);

    /** Guards all state, including the subclasses'. */
    protected final ReentrantLock lock = new ReentrantLock();
    protected final Clock clock;
    private final String name;
    private final WorkQueueMetrics metrics;
    private final boolean measuring;
    private final Condition itemsAvailable = lock.newCondition();
    private final Condition idle = lock.newCondition();
    private final ArrayDeque<T> queue = new ArrayDeque<>();
    private final Set<T> dirty = new HashSet<>();
    private final Set<T> processing = new HashSet<>();
    private final Map<T, Long> addedAt = new HashMap<>();
    private final Map<T, Long> startedAt = new HashMap<>();
    private boolean shuttingDown;
    private boolean draining;

    public DefaultWorkQueue(WorkQueueOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("work queue options must not be null");
        }
        this.name = options.name();
        this.clock = options.clock();
        this.metrics = options.metrics();
        this.measuring = metrics != WorkQueueMetrics.NONE;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void add(T item) {
        requireItem(item);
        lock.lock();
        try {
            addLocked(item);
        } finally {
            lock.unlock();
        }
    }

    /** Adds with the lock held. */
    protected final void addLocked(T item) {
        if (shuttingDown || dirty.contains(item)) {
            return;
        }
        dirty.add(item);
        if (measuring) {
            addedAt.putIfAbsent(item, clock.nanoTime());
            notifyMetrics(m -> m.added(name));
            notifyMetrics(m -> m.depth(name, dirty.size()));
        }
        if (processing.contains(item)) {
            return; // queued again by done()
        }
        queue.addLast(item);
        itemsAvailable.signal();
    }

    @Override
    public Optional<T> get() {
        return awaitItem(null);
    }

    @Override
    public Optional<T> get(Duration timeout) {
        if (timeout == null) {
            throw new IllegalArgumentException("timeout must not be null");
        }
        return awaitItem(timeout);
    }

    /** Waits for an item to hand out; a null timeout waits until one comes or the queue shuts down. */
    private Optional<T> awaitItem(Duration timeout) {
        long remaining = timeout == null ? Long.MAX_VALUE : Durations.toNanos(timeout);
        lock.lock();
        try {
            beforeRead();
            while (queue.isEmpty() && !shuttingDown) {
                if (remaining <= 0) {
                    return Optional.empty();
                }
                if (timeout == null) {
                    itemsAvailable.await();
                } else {
                    remaining = itemsAvailable.awaitNanos(remaining);
                }
                beforeRead();
            }
            return take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    private Optional<T> take() {
        T item = queue.pollFirst();
        if (item == null) {
            return Optional.empty(); // shut down and empty
        }
        processing.add(item);
        dirty.remove(item);
        if (measuring) {
            long now = clock.nanoTime();
            startedAt.put(item, now);
            Long added = addedAt.remove(item);
            notifyMetrics(m -> m.depth(name, dirty.size()));
            if (added != null) {
                notifyMetrics(m -> m.queueLatency(name, Duration.ofNanos(now - added)));
            }
        }
        return Optional.of(item);
    }

    @Override
    public void done(T item) {
        requireItem(item);
        lock.lock();
        try {
            if (!processing.remove(item)) {
                throw new IllegalArgumentException("work queue " + describe() + ": done(" + item + ") for an item"
                        + " that is not being processed (done called twice, or for an item not obtained from get)");
            }
            if (measuring) {
                Long started = startedAt.remove(item);
                if (started != null) {
                    long took = clock.nanoTime() - started;
                    notifyMetrics(m -> m.workDuration(name, Duration.ofNanos(took)));
                }
            }
            if (dirty.contains(item)) {
                queue.addLast(item);
                itemsAvailable.signal();
            } else if (processing.isEmpty() && queue.isEmpty()) {
                idle.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int len() {
        lock.lock();
        try {
            beforeRead();
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void shutDown() {
        lock.lock();
        try {
            shuttingDown = true;
            draining = false;
            itemsAvailable.signalAll();
            idle.signalAll();
            onShutDownLocked();
        } finally {
            lock.unlock();
        }
        afterShutDown();
    }

    @Override
    public void shutDownWithDrain() {
        shutDownWithDrain(null);
    }

    @Override
    public boolean shutDownWithDrain(Duration timeout) {
        long remaining = timeout == null ? Long.MAX_VALUE : Durations.toNanos(timeout);
        boolean drained;
        lock.lock();
        try {
            shuttingDown = true;
            draining = true;
            itemsAvailable.signalAll();
            onShutDownLocked();
            while (draining && !(queue.isEmpty() && processing.isEmpty())) {
                if (remaining <= 0) {
                    break;
                }
                if (timeout == null) {
                    idle.await();
                } else {
                    remaining = idle.awaitNanos(remaining);
                }
            }
            drained = queue.isEmpty() && processing.isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drained = false;
        } finally {
            lock.unlock();
        }
        afterShutDown();
        return drained;
    }

    @Override
    public boolean isShuttingDown() {
        lock.lock();
        try {
            return shuttingDown;
        } finally {
            lock.unlock();
        }
    }

    /** Whether shut-down has begun; the lock must be held. */
    protected final boolean isShuttingDownLocked() {
        return shuttingDown;
    }

    /** Called with the lock held before items are counted or handed out. */
    protected void beforeRead() {
    }

    /** Called with the lock held when shut-down begins. */
    protected void onShutDownLocked() {
    }

    /** Called without the lock after shut-down has begun (e.g. to join threads). */
    protected void afterShutDown() {
    }

    /** Invokes the metrics listener, keeping the queue consistent if it throws. */
    protected final void notifyMetrics(Consumer<WorkQueueMetrics> event) {
        if (!measuring) {
            return;
        }
        try {
            event.accept(metrics);
        } catch (RuntimeException e) {
            LOG.warn("work queue {}: metrics listener failed", describe(), e);
        }
    }

    protected final String describe() {
        return name.isEmpty() ? "(unnamed)" : "\"" + name + "\"";
    }

    protected static void requireItem(Object item) {
        if (item == null) {
            throw new IllegalArgumentException("work queue items must not be null");
        }
    }

    @Override
    public String toString() {
        lock.lock();
        try {
            return getClass().getSimpleName() + "{name=" + name + ", queued=" + queue.size() + ", processing="
                    + processing.size() + ", shuttingDown=" + shuttingDown + "}";
        } finally {
            lock.unlock();
        }
    }
}
