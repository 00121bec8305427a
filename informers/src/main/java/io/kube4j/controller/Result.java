package io.kube4j.controller;

import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link Reconciler} asks the runner to do with the key next: nothing ({@link #done()}), try again
 * with the per-key rate limit ({@link #requeue()}), or look again after a fixed delay
 * ({@link #requeueAfter(Duration)}). The runner does the queue bookkeeping (forget, done). Immutable.
 */
public final class Result {
    /** The kinds of result. */
    public enum Kind { DONE, REQUEUE, REQUEUE_AFTER }

    private static final Result DONE = new Result(Kind.DONE, Duration.ZERO);
    private static final Result REQUEUE = new Result(Kind.REQUEUE, Duration.ZERO);

    private final Kind kind;
    private final Duration delay;

    private Result(Kind kind, Duration delay) {
        this.kind = kind;
        this.delay = delay;
    }

    /** The key is reconciled; its failure count is cleared. */
    public static Result done() {
        return DONE;
    }

    /** Reconcile the key again after its rate-limited delay (growing with each requeue, like an error). */
    public static Result requeue() {
        return REQUEUE;
    }

    /** Reconcile the key again after {@code delay} (e.g. to poll an external system); clears its failure count. */
    public static Result requeueAfter(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("the delay must not be negative, got " + delay);
        }
        return new Result(Kind.REQUEUE_AFTER, delay);
    }

    public Kind kind() {
        return kind;
    }

    /** The delay of {@link Kind#REQUEUE_AFTER}; zero otherwise. */
    public Duration delay() {
        return delay;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Result r && kind == r.kind && delay.equals(r.delay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, delay);
    }

    @Override
    public String toString() {
        return kind == Kind.REQUEUE_AFTER ? "requeueAfter(" + delay + ")" : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
