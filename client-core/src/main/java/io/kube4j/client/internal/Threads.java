package io.kube4j.client.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The one place kube4j creates threads: every thread is a daemon named {@code kube4j-<what>-<n>}. */
public final class Threads {
    /** Prefix of every thread name kube4j uses; tests look for leaked threads by it. */
    public static final String PREFIX = "kube4j-";

    private Threads() {
    }

    /** A factory of daemon threads named {@code kube4j-<what>-<n>}. */
    public static ThreadFactory factory(String what) {
        String base = what.startsWith(PREFIX) ? what : PREFIX + what;
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, base + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Starts one named daemon thread (no number suffix). */
    public static Thread start(String name, Runnable body) {
        Thread t = new Thread(body, name.startsWith(PREFIX) ? name : PREFIX + name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * Waits for {@code t} to end, at most until {@code deadlineNanos} ({@link System#nanoTime()}) and at least
     * 1 ms; returns whether it has ended. The calling thread does not wait for itself (a {@code close()} called
     * from a thread it stops): that counts as ended. An interrupt ends the wait and stays set.
     */
    public static boolean joinUntil(Thread t, long deadlineNanos) {
        if (t == Thread.currentThread()) {
            return true;
        }
        try {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !t.isAlive();
    }
}
