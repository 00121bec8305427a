package io.kube4j.client;

import io.kube4j.api.meta.v1.Status;
import java.time.Duration;
import java.util.List;

/** The server timed out (reason {@code Timeout} or {@code ServerTimeout}, or 504); the request may still complete. */
public class ServerTimeoutException extends ServerErrorException {
    private static final long serialVersionUID = 1L;

    ServerTimeoutException(int code, Status status, String request, Duration retryAfter, List<String> warnings) {
        super(code, status, request, retryAfter, warnings);
    }
}
