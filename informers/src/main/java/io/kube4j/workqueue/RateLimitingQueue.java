package io.kube4j.workqueue;

import io.kube4j.workqueue.internal.DefaultRateLimitingQueue;

/**
 * A {@link DelayingQueue} that delays re-adds by a {@link RateLimiter}: {@link #addRateLimited} after a
 * failure, {@link #forget} after a success so that the item's backoff starts over.
 */
public interface RateLimitingQueue<T> extends DelayingQueue<T> {
    /** A queue with this name and {@link RateLimiter#defaultControllerRateLimiter()}. */
    static <T> RateLimitingQueue<T> create(String name) {
        return create(WorkQueueOptions.named(name));
    }

    /** A queue with these options and the default controller rate limiter on the options' clock. */
    static <T> RateLimitingQueue<T> create(WorkQueueOptions options) {
        return create(options, RateLimiter.defaultControllerRateLimiter(options.clock()));
    }

    /** A queue with this name and rate limiter. */
    static <T> RateLimitingQueue<T> create(String name, RateLimiter<? super T> rateLimiter) {
        return create(WorkQueueOptions.named(name), rateLimiter);
    }

    /** A queue with these options and rate limiter. */
    static <T> RateLimitingQueue<T> create(WorkQueueOptions options, RateLimiter<? super T> rateLimiter) {
        return DefaultRateLimitingQueue.start(options, rateLimiter);
    }

    /** Adds {@code item} after the delay the rate limiter gives for it now. Ignored after shut-down. */
    void addRateLimited(T item);

    /** Clears the rate limiter's memory of {@code item} (its failure count); call it after a success. */
    void forget(T item);

    /** How many times {@code item} has been rate-limited since it was last forgotten. */
    int numRequeues(T item);
}
