package io.kube4j.client;

import io.kube4j.client.internal.http.LoggingWarningHandler;

/**
 * Receives the API server's warnings ({@code Warning: 299 - "..."} headers), e.g. use of a deprecated API
 * or an unknown field dropped. Called on the thread that read the answer, so it must be quick and
 * thread-safe.
 */
@FunctionalInterface
public interface WarningHandler {
    /** Handles one warning text (unquoted). */
    void handle(String warning);

    /** The default: logs each distinct warning once through SLF4J at WARN. */
    static WarningHandler logOnce() {
        return new LoggingWarningHandler();
    }

    /** Ignores warnings (they still appear in {@link ApiException#warnings()}). */
    static WarningHandler ignore() {
        return warning -> { };
    }
}
