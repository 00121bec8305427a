/**
 * Work queues with client-go's semantics: {@link io.kube4j.workqueue.WorkQueue} (de-duplication, one worker
 * per item, FIFO), {@link io.kube4j.workqueue.DelayingQueue} ({@code addAfter}) and
 * {@link io.kube4j.workqueue.RateLimitingQueue} ({@code addRateLimited}/{@code forget}), with the
 * {@link io.kube4j.workqueue.RateLimiter}s of client-go and an injectable {@link io.kube4j.workqueue.Clock}.
 *
 * <p>Threads: a {@code WorkQueue} starts none; a delaying or rate-limiting queue starts one scheduler thread,
 * {@code kube4j-workqueue-<name>-1}, which only moves due items into the queue and ends when the queue is shut
 * down ({@code shutDown()}/{@code close()} wait for it). User code runs on the caller's threads, except the
 * {@link io.kube4j.workqueue.WorkQueueMetrics} listener, which the scheduler may call too.
 */
package io.kube4j.workqueue;
