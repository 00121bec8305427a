package io.kube4j.client;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long the client waits before repeating a failed call. Any call is repeated after 429, and
 * after a 5xx that carries {@code Retry-After} (the server promises it did nothing); idempotent calls
 * (GET, HEAD, or marked so) are also repeated after a connection failure, and every call after a refused
 * connection. The wait is the server's {@code Retry-After} (capped at {@link #maxRetryAfter()}) or else a
 * jittered exponential backoff. Immutable.
 */
public final class RetryPolicy {
    /** Up to 10 retries, 200 ms doubling to 5 s, Retry-After honoured up to 30 s. */
    public static final RetryPolicy DEFAULT = builder().build();
    /** Never retry. */
    public static final RetryPolicy NONE = builder().maxRetries(0).build();

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final double jitter;

    private RetryPolicy(Builder b) {
        this.maxRetries = b.maxRetries;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.maxRetryAfter = b.maxRetryAfter;
        this.jitter = b.jitter;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return builder().maxRetries(maxRetries).initialBackoff(initialBackoff).maxBackoff(maxBackoff)
                .maxRetryAfter(maxRetryAfter).jitter(jitter);
    }

    /** A copy with another retry budget. */
    public RetryPolicy withMaxRetries(int maxRetries) {
        return toBuilder().maxRetries(maxRetries).build();
    }

    /** Retries after the first attempt; 0 disables retries. */
    public int maxRetries() {
        return maxRetries;
    }

    /** Backoff before the first retry when the server gave no Retry-After. */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** Upper bound of the exponential backoff (before jitter). */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** Upper bound applied to the server's Retry-After. */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** Random extra wait as a fraction of the backoff, in [0, 1]. */
    public double jitter() {
        return jitter;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetryPolicy p && maxRetries == p.maxRetries && initialBackoff.equals(p.initialBackoff)
                && maxBackoff.equals(p.maxBackoff) && maxRetryAfter.equals(p.maxRetryAfter) && jitter == p.jitter;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxRetries, initialBackoff, maxBackoff, maxRetryAfter, jitter);
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff + ", maxBackoff="
                + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + ", jitter=" + jitter + "}";
    }

    /** Builder of {@link RetryPolicy}. */
    public static final class Builder {
        private int maxRetries = 10;
        private Duration initialBackoff = Duration.ofMillis(200);
        private Duration maxBackoff = Duration.ofSeconds(5);
        private Duration maxRetryAfter = Duration.ofSeconds(30);
        private double jitter = 0.5;

        private Builder() {
        }

        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative, got " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
            return this;
        }

        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
            return this;
        }

        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        public Builder jitter(double jitter) {
            if (!(jitter >= 0 && jitter <= 1)) {
                throw new IllegalArgumentException("jitter must be in [0, 1], got " + jitter);
            }
            this.jitter = jitter;
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration nonNegative(Duration d, String what) {
            Objects.requireNonNull(d, what);
            if (d.isNegative()) {
                throw new IllegalArgumentException(what + " must not be negative, got " + d);
            }
            return d;
        }
    }
}
