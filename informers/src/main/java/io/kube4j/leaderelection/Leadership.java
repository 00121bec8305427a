package io.kube4j.leaderelection;

import java.time.Duration;

/**
 * One term of leadership, handed to {@code onStartedLeading}: the stop signal of client-go's leader context.
 * The term ends when the lease cannot be renewed within the renew deadline, when another candidate holds
 * it, or when the elector is closed; the thread running {@code onStartedLeading} is interrupted then.
 * Thread-safe.
 */
public interface Leadership {
    /** The identity that holds the lease for this term. */
    String identity();

    /** True until the term ends. */
    boolean isActive();

    /** Blocks until the term ends. */
    void await() throws InterruptedException;

    /**
     * Blocks until the term ends or the timeout passes.
     *
     * @return whether the term has ended
     */
    boolean await(Duration timeout) throws InterruptedException;
}
