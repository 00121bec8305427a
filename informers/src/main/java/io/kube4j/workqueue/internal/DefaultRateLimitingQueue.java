package io.kube4j.workqueue.internal;

import io.kube4j.workqueue.RateLimiter;
import io.kube4j.workqueue.RateLimitingQueue;
import io.kube4j.workqueue.WorkQueueOptions;

/** A delaying queue whose re-adds wait for the delay its {@link RateLimiter} gives. */
public final class DefaultRateLimitingQueue<T> extends DefaultDelayingQueue<T> implements RateLimitingQueue<T> {
    private final RateLimiter<? super T> rateLimiter;

    private DefaultRateLimitingQueue(WorkQueueOptions options, RateLimiter<? super T> rateLimiter) {
        super(options);
        this.rateLimiter = rateLimiter;
    }

    /** Creates the queue and starts its scheduler thread. */
    public static <T> DefaultRateLimitingQueue<T> start(WorkQueueOptions options, RateLimiter<? super T> rateLimiter) {
        if (rateLimiter == null) {
            throw new IllegalArgumentException("rate limiter must not be null");
        }
        DefaultRateLimitingQueue<T> q = new DefaultRateLimitingQueue<>(options, rateLimiter);
        q.startScheduler();
        return q;
    }

    @Override
    public void addRateLimited(T item) {
        requireItem(item);
        if (isShuttingDown()) {
            return; // don't count a retry or spend a token for an item that would be dropped
        }
        addAfter(item, rateLimiter.when(item));
    }

    @Override
    public void forget(T item) {
        requireItem(item);
        rateLimiter.forget(item);
    }

    @Override
    public int numRequeues(T item) {
        requireItem(item);
        return rateLimiter.numRequeues(item);
    }
}
