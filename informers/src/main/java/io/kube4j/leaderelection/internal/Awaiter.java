package io.kube4j.leaderelection.internal;

import io.kube4j.client.KubeException;
import io.kube4j.workqueue.Clock;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Every wait of one election run: sleeps between attempts and waits for calls, timed by the election's
 * {@link Clock} (so a fake clock drives them in tests) and cut short by {@link #stop()} without interrupting
 * the thread, which may be the caller of {@code LeaderElector.run()}.
 */
public final class Awaiter {
    /** Thrown out of a wait when the run has been stopped. */
    public static final class StoppedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoppedException() {
            super("leader election stopped", null, false, false);
        }
    }

    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean stopped;

    public Awaiter(Clock clock) {
        this.clock = clock;
    }

    /** Ends every current and future stoppable wait with {@link StoppedException}. */
    public void stop() {
        lock.lock();
        try {
            stopped = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public boolean isStopped() {
        lock.lock();
        try {
            return stopped;
        } finally {
            lock.unlock();
        }
    }

    /** Sleeps until the clock reaches {@code deadlineNanos}. @throws StoppedException once stopped */
    public void sleepUntil(long deadlineNanos) throws InterruptedException {
        lock.lock();
        try {
            while (!stopped) {
                if (clock.awaitUntil(lock, changed, deadlineNanos)) {
                    return;
                }
            }
            throw new StoppedException();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for {@code future} until the clock reaches {@code deadlineNanos}; the future is cancelled when the
     * wait ends without it (deadline, stop, interrupt).
     *
     * @param stoppable whether {@link #stop()} ends the wait (false for the release that follows a stop)
     * @return the future's value; its failure is rethrown as the unchecked exception it carries
     * @throws TimeoutException at the deadline
     * @throws StoppedException when stopped
     */
    public <T> T await(CompletableFuture<T> future, long deadlineNanos, boolean stoppable)
            throws InterruptedException, TimeoutException {
        future.whenComplete((v, e) -> signal());
        lock.lock();
        try {
            while (!future.isDone()) {
                if (stoppable && stopped) {
                    future.cancel(true);
                    throw new StoppedException();
                }
                if (clock.awaitUntil(lock, changed, deadlineNanos) && !future.isDone()) {
                    future.cancel(true);
                    throw new TimeoutException("no answer before the deadline");
                }
            }
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } finally {
            lock.unlock();
        }
        try {
            return future.get();
        } catch (ExecutionException | CompletionException e) {
            throw unchecked(e.getCause());
        } catch (CancellationException e) {
            throw new KubeException("call cancelled", e);
        }
    }

    private void signal() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        return new KubeException(String.valueOf(t), t);
    }
}
