package io.kube4j.client;

import io.kube4j.api.meta.v1.Status;
import java.time.Duration;
import java.util.List;

/** 429 Too Many Requests: priority-and-fairness (or a client limit) rejected the request; see {@link #retryAfter()}. */
public class TooManyRequestsException extends ApiException {
    private static final long serialVersionUID = 1L;

    TooManyRequestsException(int code, Status status, String request, Duration retryAfter, List<String> warnings) {
        super(code, status, request, retryAfter, warnings);
    }
}
