package io.kube4j.workqueue;

import io.kube4j.workqueue.internal.DefaultWorkQueue;
import java.time.Duration;
import java.util.Optional;

/**
 * A work queue with client-go's guarantees: items are handed out in FIFO order; an item added several
 * times before a worker gets it is processed once; an item being processed is never handed to a second
 * worker, and if it is added again meanwhile it is queued again when the first worker calls {@link #done}.
 * Items are keys: they need proper {@code equals}/{@code hashCode} and should be immutable (usually strings).
 *
 * <p>Typical worker loop:
 * <pre>{@code
 * for (Optional<String> key; (key = queue.get()).isPresent(); ) {
 *     try {
 *         reconcile(key.get());
 *     } finally {
 *         queue.done(key.get());
 *     }
 * }
 * }</pre>
 *
 * <p>Thread-safe. A plain work queue starts no thread; {@link #close()} is {@link #shutDown()}.
 */
public interface WorkQueue<T> extends AutoCloseable {
    /** A queue with default options and this name. */
    static <T> WorkQueue<T> create(String name) {
        return create(WorkQueueOptions.named(name));
    }

    /** A queue with these options. */
    static <T> WorkQueue<T> create(WorkQueueOptions options) {
        return new DefaultWorkQueue<>(options);
    }

    /** The queue's name. */
    String name();

    /**
     * Marks {@code item} as needing processing. Does nothing if it is already waiting, or if the queue is
     * shutting down (like client-go, adds after shut-down are ignored).
     */
    void add(T item);

    /**
     * Blocks until an item is available and hands it to the caller, who must call {@link #done} when finished.
     * After {@link #shutDown()} the items still queued are handed out first; then this returns empty. Also
     * returns empty if the calling thread is interrupted, leaving its interrupt flag set.
     */
    Optional<T> get();

    /**
     * Like {@link #get()} but gives up after {@code timeout} (measured in real time, not with the queue's
     * clock, so that tests driving delays with a {@link FakeClock} can still bound their waits).
     */
    Optional<T> get(Duration timeout);

    /**
     * Marks the processing of {@code item} as finished; if it was added again meanwhile it is queued again.
     *
     * @throws IllegalArgumentException if {@code item} is not being processed (never handed out by
     *     {@link #get}, or {@code done} already called)
     */
    void done(T item);

    /** The number of items waiting to be handed out. */
    int len();

    /**
     * Stops accepting items and wakes blocked {@link #get} calls; items still queued are handed out, then
     * {@code get} returns empty. Also stops any threads the queue owns. Idempotent; does not wait for workers.
     */
    void shutDown();

    /**
     * Shuts down like {@link #shutDown()}, then waits until every queued item has been handed out and every
     * item being processed is {@link #done}. Returns early, leaving the flag set, if the thread is interrupted.
     * A later {@link #shutDown()} from another thread stops the wait.
     */
    void shutDownWithDrain();

    /**
     * Like {@link #shutDownWithDrain()} but waits at most {@code timeout}.
     *
     * @return whether the queue drained within the timeout
     */
    boolean shutDownWithDrain(Duration timeout);

    /** Whether {@link #shutDown()} or {@link #shutDownWithDrain()} has been called. */
    boolean isShuttingDown();

    /** {@link #shutDown()}. */
    @Override
    default void close() {
        shutDown();
    }
}
