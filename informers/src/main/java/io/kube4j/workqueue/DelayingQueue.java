package io.kube4j.workqueue;

import io.kube4j.workqueue.internal.DefaultDelayingQueue;
import java.time.Duration;

/**
 * A {@link WorkQueue} that can add items later. One scheduler thread per queue
 * ({@code kube4j-workqueue-<name>-1}) moves items into the queue when they are due by the queue's
 * {@link Clock}; {@link #shutDown()} stops it and drops the items still waiting for their time.
 */
public interface DelayingQueue<T> extends WorkQueue<T> {
    /** A delaying queue with default options and this name. */
    static <T> DelayingQueue<T> create(String name) {
        return create(WorkQueueOptions.named(name));
    }

    /** A delaying queue with these options. */
    static <T> DelayingQueue<T> create(WorkQueueOptions options) {
        return DefaultDelayingQueue.start(options);
    }

    /**
     * Adds {@code item} once {@code delay} has passed; a zero or negative delay adds it now. If the item is
     * already waiting for its time, the earlier of the two times wins (as in client-go). Ignored after
     * shut-down. Counts as a retry in the metrics.
     */
    void addAfter(T item, Duration delay);
}
