package io.kube4j.client;

import io.kube4j.api.meta.v1.Status;
import java.time.Duration;
import java.util.List;

/** A 5xx answer (reasons {@code InternalError}, {@code ServiceUnavailable}, {@code StoreReadError}, ...). */
public class ServerErrorException extends ApiException {
    private static final long serialVersionUID = 1L;

    ServerErrorException(int code, Status status, String request, Duration retryAfter, List<String> warnings) {
        super(code, status, request, retryAfter, warnings);
    }
}
