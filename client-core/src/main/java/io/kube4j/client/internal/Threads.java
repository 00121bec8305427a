package io.kube4j.client.internal;

import java.util.concurrent.ThreadFactory;
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
}
