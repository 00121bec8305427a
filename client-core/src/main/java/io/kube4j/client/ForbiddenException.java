package io.kube4j.client;

import io.kube4j.api.meta.v1.Status;
import java.time.Duration;
import java.util.List;

/** 403 Forbidden: authenticated, but RBAC (or admission) denies the request. */
public class ForbiddenException extends ApiException {
    private static final long serialVersionUID = 1L;

    ForbiddenException(int code, Status status, String request, Duration retryAfter, List<String> warnings) {
        super(code, status, request, retryAfter, warnings);
    }
}
