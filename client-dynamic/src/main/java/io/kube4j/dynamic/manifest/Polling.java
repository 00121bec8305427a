package io.kube4j.dynamic.manifest;

import io.kube4j.client.KubeException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition on the caller's thread: 100 ms, doubling to 1 s, until true or the deadline. */
final class Polling {
    private static final long FIRST_MILLIS = 100;
    private static final long MAX_MILLIS = 1000;

    private Polling() {
    }

    /**
     * Whether {@code condition} became true within {@code timeout}.
     *
     * @throws KubeException when interrupted (the interrupt flag is kept)
     */
    static boolean until(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long sleep = FIRST_MILLIS;
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                Thread.sleep(Math.min(sleep, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KubeException("interrupted while waiting", e);
            }
            sleep = Math.min(sleep * 2, MAX_MILLIS);
        }
    }
}
