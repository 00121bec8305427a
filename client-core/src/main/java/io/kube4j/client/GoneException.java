package io.kube4j.client;

import io.kube4j.api.meta.v1.Status;
import java.time.Duration;
import java.util.List;

/**
 * 410 Gone: the requested resource version (or list {@code continue} token) was compacted away.
 * Watchers relist; a paged list restarts from the first page.
 */
public class GoneException extends ApiException {
    private static final long serialVersionUID = 1L;

    GoneException(int code, Status status, String request, Duration retryAfter, List<String> warnings) {
        super(code, status, request, retryAfter, warnings);
    }

    /** True for reason {@code Expired}: a list continue token is too old. */
    public boolean isExpired() {
        return "Expired".equals(reason());
    }
}
