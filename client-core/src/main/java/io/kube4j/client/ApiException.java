package io.kube4j.client;

import io.kube4j.api.meta.v1.Status;
import io.kube4j.api.meta.v1.StatusCause;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A non-2xx answer from the API server. Always carries a {@link Status}: the server's own, or one kube4j
 * synthesised when the body was not a Status (e.g. an HTML page from a proxy). Subclasses name the
 * common reasons; classification looks at the Status reason first and the HTTP code second, like
 * client-go. Build one with {@link #from(int, Status, String, Duration, List)}.
 */
public class ApiException extends KubeException {
    private static final long serialVersionUID = 1L;

    private final transient Status status;
    private final int code;
    private final String request;
    private final Duration retryAfter;
    private final List<String> warnings;

    ApiException(int code, Status status, String request, Duration retryAfter, List<String> warnings) {
        super(message(code, status, request));
        this.status = status;
        this.code = code;
        this.request = request == null ? "" : request;
        this.retryAfter = retryAfter;
        this.warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * The exception for an answer: the subclass matching the Status reason, else the HTTP code.
     *
     * @param code       the HTTP status code
     * @param status     the decoded (or synthesised) Status
     * @param request    verb and path, e.g. {@code "GET /api/v1/namespaces/ns/pods/web"}
     * @param retryAfter the server's {@code Retry-After}, or null
     * @param warnings   the {@code Warning} headers of the answer
     */
    public static ApiException from(int code, Status status, String request, Duration retryAfter,
            List<String> warnings) {
        return ApiExceptions.classify(code, status, request, retryAfter, warnings);
    }

    /** The exception for a Status seen outside an HTTP answer, e.g. in a watch ERROR event. */
    public static ApiException from(Status status, String request) {
        int code = status.code() == null ? 500 : status.code();
        Integer seconds = status.details() == null ? null : status.details().retryAfterSeconds();
        return from(code, status, request, seconds == null ? null : Duration.ofSeconds(seconds), List.of());
    }

    /** The server's Status (or a synthesised one), never null. */
    public Status status() {
        return status;
    }

    /** The HTTP status code. */
    public int code() {
        return code;
    }

    /** The Status reason, e.g. {@code "NotFound"}; empty when the server gave none. */
    public String reason() {
        return status.reason() == null ? "" : status.reason();
    }

    /** The field-level causes of the failure (e.g. for 422 Invalid); empty when none. */
    public List<StatusCause> causes() {
        return status.details() == null ? List.of() : status.details().causes();
    }

    /** How long the server asked the client to wait before retrying, if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Verb and path of the failed request, e.g. {@code "GET /api/v1/namespaces/ns/pods/web"}. */
    public String request() {
        return request;
    }

    /** The {@code Warning} headers of the answer; empty when none. */
    public List<String> warnings() {
        return warnings;
    }

    private static String message(int code, Status status, String request) {
        StringBuilder sb = new StringBuilder();
        if (request != null && !request.isEmpty()) {
            sb.append(request).append(": ");
        }
        sb.append(code);
        if (status.reason() != null && !status.reason().isEmpty()) {
            sb.append(' ').append(status.reason());
        }
        if (status.message() != null && !status.message().isEmpty()) {
            sb.append(": ").append(status.message());
        }
        return sb.toString();
    }
}
