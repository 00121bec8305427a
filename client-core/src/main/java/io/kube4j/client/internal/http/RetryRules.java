package io.kube4j.client.internal.http;

import io.kube4j.client.Request;
import io.kube4j.client.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/** Applies a {@link RetryPolicy}: whether to repeat a call, and after how long. Pure; random source injectable. */
public final class RetryRules {
    private final RetryPolicy policy;
    private final DoubleSupplier random;

    public RetryRules(RetryPolicy policy) {
        this(policy, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** For tests: {@code random} yields values in [0, 1). */
    public RetryRules(RetryPolicy policy, DoubleSupplier random) {
        this.policy = policy;
        this.random = random;
    }

    public RetryPolicy policy() {
        return policy;
    }

    /**
     * The wait before retrying after an HTTP answer, or null to give up.
     *
     * @param code       the HTTP status
     * @param retryAfter the {@code Retry-After} header, or null
     * @param retries    retries already done
     */
    public Duration afterResponse(int code, Duration retryAfter, int retries) {
        if (retries >= policy.maxRetries()) {
            return null;
        }
        if (code == 429) {
            return retryAfter != null ? cap(retryAfter) : backoff(retries);
        }
        if (code >= 500 && code <= 599 && retryAfter != null) {
            return cap(retryAfter);
        }
        return null;
    }

    /** The wait before retrying after a connection failure, or null to give up. */
    public Duration afterFailure(Request request, IOException e, int retries) {
        if (retries >= policy.maxRetries() || !Transports.isRetryable(e)) {
            return null;
        }
        if (request.isIdempotent() || Transports.notSent(e)) {
            return backoff(retries);
        }
        return null;
    }

    /** Exponential backoff for the given retry count, plus up to {@code jitter} of itself at random. */
    public Duration backoff(int retries) {
        long base = policy.initialBackoff().toNanos();
        long max = policy.maxBackoff().toNanos();
        long delay = base;
        for (int i = 0; i < retries && delay < max; i++) {
            delay = delay > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : delay * 2;
        }
        delay = Math.min(delay, max);
        return Duration.ofNanos(delay + (long) (delay * policy.jitter() * random.getAsDouble()));
    }

    private Duration cap(Duration retryAfter) {
        if (retryAfter.isNegative()) {
            return Duration.ZERO;
        }
        return retryAfter.compareTo(policy.maxRetryAfter()) > 0 ? policy.maxRetryAfter() : retryAfter;
    }
}
