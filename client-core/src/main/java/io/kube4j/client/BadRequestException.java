package io.kube4j.client;

import io.kube4j.api.meta.v1.Status;
import java.time.Duration;
import java.util.List;

/** 400 Bad Request: the request itself was malformed. */
public class BadRequestException extends ApiException {
    private static final long serialVersionUID = 1L;

    BadRequestException(int code, Status status, String request, Duration retryAfter, List<String> warnings) {
        super(code, status, request, retryAfter, warnings);
    }
}
