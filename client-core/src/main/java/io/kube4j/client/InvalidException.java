package io.kube4j.client;

import io.kube4j.api.meta.v1.Status;
import java.time.Duration;
import java.util.List;

/** 422 Invalid: the object failed validation; {@link #causes()} name the fields. */
public class InvalidException extends ApiException {
    private static final long serialVersionUID = 1L;

    InvalidException(int code, Status status, String request, Duration retryAfter, List<String> warnings) {
        super(code, status, request, retryAfter, warnings);
    }
}
