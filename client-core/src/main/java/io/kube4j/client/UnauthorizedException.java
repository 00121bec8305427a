package io.kube4j.client;

import io.kube4j.api.meta.v1.Status;
import java.time.Duration;
import java.util.List;

/** 401 Unauthorized: the credentials are missing, wrong or expired. */
public class UnauthorizedException extends ApiException {
    private static final long serialVersionUID = 1L;

    UnauthorizedException(int code, Status status, String request, Duration retryAfter, List<String> warnings) {
        super(code, status, request, retryAfter, warnings);
    }
}
