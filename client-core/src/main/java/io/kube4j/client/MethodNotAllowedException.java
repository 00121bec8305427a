package io.kube4j.client;

import io.kube4j.api.meta.v1.Status;
import java.time.Duration;
import java.util.List;

/** 405 Method Not Allowed: the resource does not support this verb. */
public class MethodNotAllowedException extends ApiException {
    private static final long serialVersionUID = 1L;

    MethodNotAllowedException(int code, Status status, String request, Duration retryAfter, List<String> warnings) {
        super(code, status, request, retryAfter, warnings);
    }
}
