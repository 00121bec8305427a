package io.kube4j.client.internal.exec;

import com.fasterxml.jackson.core.io.JsonEOFException;
import io.kube4j.api.meta.v1.Status;
import io.kube4j.api.meta.v1.StatusCause;
import io.kube4j.client.ApiException;
import io.kube4j.client.Json;
import io.kube4j.client.internal.http.Snippets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the error channel (3) of the v4/v5 exec protocol: a {@code Status} that is {@code Success} (exit
 * code 0), {@code Failure} with reason {@code NonZeroExitCode} and a cause {@code ExitCode} (the exit code),
 * or any other failure (an {@link ApiException}).
 */
final class ExecStatus {
    static final String NON_ZERO_EXIT_CODE = "NonZeroExitCode";
    static final String EXIT_CODE_CAUSE = "ExitCode";
    private static final int MAX_MESSAGE = 500;

    /** The exit code, or the failure the server reported. Exactly one is set. */
    record Outcome(Integer exitCode, ApiException failure) {
    }

    private ExecStatus() {
    }

    /**
     * The outcome in the bytes received on the error channel so far, or null when they are not yet a whole
     * JSON document and more may come ({@code ended} false). Once the stream has ended, bytes that are not a
     * Status become a failure carrying them as its message.
     */
    static Outcome decode(byte[] bytes, String request, boolean ended) {
        Status status;
        try {
            status = Json.mapper().readerFor(Status.class).readValue(bytes);
        } catch (IOException | RuntimeException e) {
            if (!ended && truncated(e)) {
                return null;
            }
            status = null;
        }
        if (status == null || status.status() == null) {
            return new Outcome(null, notAStatus(bytes, request));
        }
        return outcome(status, request);
    }

    /** The outcome of a decoded Status. */
    static Outcome outcome(Status status, String request) {
        if ("Success".equals(status.status())) {
            return new Outcome(0, null);
        }
        if (NON_ZERO_EXIT_CODE.equals(status.reason()) && status.details() != null) {
            for (StatusCause cause : status.details().causes()) {
                if (EXIT_CODE_CAUSE.equals(cause.reason()) && cause.message() != null) {
                    try {
                        return new Outcome(Integer.parseInt(cause.message().trim()), null);
                    } catch (NumberFormatException e) {
                        break; // reported below as the failure it is
                    }
                }
            }
        }
        Status withCode = status.code() != null ? status : status.toBuilder().code(500).build();
        return new Outcome(null, ApiException.from(withCode, request));
    }

    private static boolean truncated(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonEOFException) {
                return true;
            }
        }
        return false;
    }

    private static ApiException notAStatus(byte[] bytes, String request) {
        String text = Snippets.sanitize(new String(bytes, StandardCharsets.UTF_8), MAX_MESSAGE);
        Status s = Status.builder().status("Failure").code(500).reason("InternalError")
                .message(text.isEmpty() ? "the server reported an unreadable error" : text)
                .build();
        return ApiException.from(s, request);
    }
}
