package io.kube4j.client;

import io.kube4j.api.meta.v1.Status;
import java.time.Duration;
import java.util.List;

/** 406 Not Acceptable: the server cannot answer in the requested {@code Accept} type. */
public class NotAcceptableException extends ApiException {
    private static final long serialVersionUID = 1L;

    NotAcceptableException(int code, Status status, String request, Duration retryAfter, List<String> warnings) {
        super(code, status, request, retryAfter, warnings);
    }
}
