package io.kube4j.client;

import io.kube4j.api.meta.v1.Status;
import java.time.Duration;
import java.util.List;

/** 409 with reason {@code AlreadyExists}: a create found the name taken. */
public class AlreadyExistsException extends ApiException {
    private static final long serialVersionUID = 1L;

    AlreadyExistsException(int code, Status status, String request, Duration retryAfter, List<String> warnings) {
        super(code, status, request, retryAfter, warnings);
    }
}
