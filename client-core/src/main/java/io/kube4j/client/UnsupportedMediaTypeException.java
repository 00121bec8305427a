package io.kube4j.client;

import io.kube4j.api.meta.v1.Status;
import java.time.Duration;
import java.util.List;

/** 415 Unsupported Media Type: e.g. a strategic merge patch on a custom resource. */
public class UnsupportedMediaTypeException extends ApiException {
    private static final long serialVersionUID = 1L;

    UnsupportedMediaTypeException(int code, Status status, String request, Duration retryAfter, List<String> warnings) {
        super(code, status, request, retryAfter, warnings);
    }
}
