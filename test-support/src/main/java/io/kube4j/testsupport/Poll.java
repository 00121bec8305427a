package io.kube4j.testsupport;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Polls a condition against a real server until it yields a value (not a timed assertion). */
public final class Poll {
    /** Generous default: controllers on a loaded 2-core CI machine can be slow. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(90);

    private Poll() {
    }

    /** Calls {@code probe} every 100 ms until it returns non-null; fails after the default timeout. */
    public static <T> T until(String what, Callable<T> probe) {
        return until(what, DEFAULT_TIMEOUT, probe);
    }

    public static <T> T until(String what, Duration timeout, Callable<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (true) {
            try {
                T v = probe.call();
                if (v != null) {
                    return v;
                }
            } catch (Exception e) {
                last = e;
            }
            if (System.nanoTime() > deadline) {
                AssertionError err = new AssertionError("timed out after " + timeout + " waiting for " + what);
                if (last != null) {
                    err.initCause(last);
                }
                throw err;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
