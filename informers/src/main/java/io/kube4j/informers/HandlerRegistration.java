package io.kube4j.informers;

import java.time.Duration;

/**
 * One handler added to an informer, with its own serial thread and notification queue. {@link #close()}
 * removes the handler: it gets no further notifications (pending ones are dropped) and its thread ends.
 */
public interface HandlerRegistration extends AutoCloseable {
    /**
     * True once the handler has processed the notifications for the cache content it joined with (the
     * initial list, or the cache at the time it was added).
     */
    boolean hasSynced();

    /** Notifications queued for the handler and not yet delivered (its backlog). */
    int pendingNotifications();

    /** The handler's resync period; zero when it has none. */
    Duration resyncPeriod();

    /** Removes the handler. Idempotent; waits (bounded) for a notification in progress to finish. */
    @Override
    void close();
}
