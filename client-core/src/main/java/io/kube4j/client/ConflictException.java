package io.kube4j.client;

import io.kube4j.api.meta.v1.Status;
import java.time.Duration;
import java.util.List;

/** 409 Conflict: a stale resource version, a failed precondition or an apply conflict. */
public class ConflictException extends ApiException {
    private static final long serialVersionUID = 1L;

    ConflictException(int code, Status status, String request, Duration retryAfter, List<String> warnings) {
        super(code, status, request, retryAfter, warnings);
    }
}
