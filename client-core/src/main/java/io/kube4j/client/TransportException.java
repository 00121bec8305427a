package io.kube4j.client;

/**
 * The request did not get a complete HTTP answer: connection refused or reset, TLS failure, timeout,
 * a stream cut mid-body. {@link #isRetryable()} says whether repeating an idempotent request may help.
 */
public class TransportException extends KubeException {
    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    public TransportException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** True for transient failures (refused, reset, cut); false for TLS, DNS, timeouts, cancellation. */
    public boolean isRetryable() {
        return retryable;
    }
}
