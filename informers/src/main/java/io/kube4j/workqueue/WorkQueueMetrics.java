package io.kube4j.workqueue;

import java.time.Duration;

/**
 * Receives a work queue's measurements, the ones client-go exports (depth, adds, queue latency, work
 * duration, retries), to feed any metrics library. Methods are called while the queue's lock is held, on the
 * thread that changed the queue (a producer, a worker, or the delaying queue's scheduler): keep them short
 * and do not call back into the queue. An exception thrown here is logged and otherwise ignored.
 */
public interface WorkQueueMetrics {
    /** Records nothing. */
    WorkQueueMetrics NONE = new WorkQueueMetrics() {
    };

    /** An item was added that was not already waiting. */
    default void added(String queue) {
    }

    /** The number of items waiting to be processed (including ones re-added while being processed) changed. */
    default void depth(String queue, int depth) {
    }

    /** An item was handed to a worker after waiting {@code latency} since it was added. */
    default void queueLatency(String queue, Duration latency) {
    }

    /** A worker finished an item ({@code done}) {@code duration} after it got it. */
    default void workDuration(String queue, Duration duration) {
    }

    /** An item was scheduled to be added later ({@code addAfter}, {@code addRateLimited}). */
    default void retried(String queue) {
    }
}
