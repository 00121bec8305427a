package io.kube4j.client;

import io.kube4j.api.meta.v1.Status;
import java.time.Duration;
import java.util.List;

/** 413 Request Entity Too Large: the body exceeds the server's limit. */
public class RequestEntityTooLargeException extends ApiException {
    private static final long serialVersionUID = 1L;

    RequestEntityTooLargeException(int code, Status status, String request, Duration retryAfter,
            List<String> warnings) {
        super(code, status, request, retryAfter, warnings);
    }
}
