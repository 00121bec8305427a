package io.kube4j.leaderelection.internal;

import io.kube4j.client.internal.Threads;
import io.kube4j.leaderelection.Leadership;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One term of leadership: the {@link Leadership} handed to the user and the thread running onStartedLeading. */
public final class Term implements Leadership {
    private static final Logger LOG = LoggerFactory.getLogger(Term.class);

    private final String identity;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Thread thread;

    public Term(String identity) {
        this.identity = identity;
    }

    /**
     * Starts {@code onStartedLeading} on its own thread. If it throws while the term is active, {@code onFailure}
     * runs (the elector then gives leadership up rather than hold the lease without doing the work).
     */
    public void begin(String threadName, Consumer<Leadership> onStartedLeading, Runnable onFailure) {
        thread = Threads.start(threadName, () -> {
            thread = Thread.currentThread(); // visible to isLeadingThread() before start() returns
            try {
                onStartedLeading.accept(this);
            } catch (RuntimeException | Error e) {
                if (isActive()) {
                    LOG.error("onStartedLeading of {} failed; giving up leadership", identity, e);
                    onFailure.run();
                }
            }
        });
    }

    /** Ends the term: waiters return and the leading thread is interrupted if it is still running. */
    public void end() {
        ended.countDown();
        Thread t = thread;
        if (t != null && t.isAlive() && t != Thread.currentThread()) {
            t.interrupt();
        }
    }

    /** Waits up to {@code timeout} for the leading thread to finish; returns whether it has. */
    public boolean join(Duration timeout) throws InterruptedException {
        Thread t = thread;
        if (t == null || t == Thread.currentThread()) {
            return t == null;
        }
        t.join(Math.max(1, timeout.toMillis()));
        return !t.isAlive();
    }

    /** Whether the calling thread is this term's leading thread. */
    public boolean isLeadingThread() {
        return thread == Thread.currentThread();
    }

    @Override
    public String identity() {
        return identity;
    }

    @Override
    public boolean isActive() {
        return ended.getCount() > 0;
    }

    @Override
    public void await() throws InterruptedException {
        ended.await();
    }

    @Override
    public boolean await(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public String toString() {
        return "Leadership{identity=" + identity + ", active=" + isActive() + "}";
    }
}
