package io.kube4j.samples;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Polls until something is there: enough for programs that show a cluster reacting. */
public final class Waits {
    private Waits() {
    }

    /**
     * Calls {@code probe} every 200 ms until it returns a value.
     *
     * @throws IllegalStateException naming {@code what} after {@code timeout}
     */
    public static <T> T until(String what, Duration timeout, Supplier<Optional<T>> probe) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    /** Waits until {@code condition} holds. */
    public static void untilTrue(String what, Duration timeout, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        until(what, timeout, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }
}
