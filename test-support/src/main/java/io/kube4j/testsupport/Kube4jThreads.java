package io.kube4j.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Finds kube4j threads still alive, for leak tests. */
public final class Kube4jThreads {
    private Kube4jThreads() {
    }

    /** Names of live threads whose name starts with {@code kube4j-}. */
    public static List<String> alive() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(n -> n.startsWith("kube4j-"))
                .sorted()
                .collect(Collectors.toList());
    }

    /**
     * Waits up to {@code timeout} for every kube4j thread to end and returns those still alive
     * (empty when none leaked). Threads that are being stopped may need a moment to exit.
     */
    public static List<String> awaitNone(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> alive = alive();
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            alive = alive();
        }
        return alive;
    }
}
