package io.kube4j.client.internal.http;

import io.kube4j.api.meta.v1.Status;
import io.kube4j.client.ApiException;
import io.kube4j.client.Json;
import io.kube4j.client.Request;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Turns a non-2xx answer into the matching {@link ApiException}, with the server's Status or a synthesised one. */
public final class ErrorResponses {
    /** Error bodies are small Statuses; anything larger is a proxy page we only need a snippet of. */
    private static final int MAX_BODY = 256 * 1024;
    private static final int MAX_SNIPPET = 200;

    private ErrorResponses() {
    }

    /** Reads (bounded) and closes the body of a non-2xx answer and builds its exception. */
    public static ApiException toException(Request request, Response response, List<String> warnings) {
        int code = response.code();
        String contentType = response.header("Content-Type", "");
        byte[] body;
        String unreadable = null;
        try (ResponseBody rb = response.body()) {
            body = readBounded(rb.byteStream());
        } catch (IOException e) {
            body = new byte[0];
            unreadable = e.getClass().getSimpleName();
        }
        Status status = parseStatus(body);
        if (status == null) {
            status = synthesize(code, contentType, body, unreadable);
        }
        Duration retryAfter = retryAfter(response.header("Retry-After"), Clock.systemUTC());
        if (retryAfter == null && status.details() != null && status.details().retryAfterSeconds() != null) {
            retryAfter = Duration.ofSeconds(status.details().retryAfterSeconds());
        }
        return ApiException.from(code, status, request.describe(), retryAfter, warnings);
    }

    /** The Status in a body, or null when the body is not a JSON Status. */
    static Status parseStatus(byte[] body) {
        int i = 0;
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        if (i == body.length || body[i] != '{') {
            return null;
        }
        try {
            Status s = Json.mapper().readerFor(Status.class).readValue(body);
            return s != null && "Status".equals(s.kind()) ? s : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A Failure Status for a body that is not one (empty, HTML from a proxy, plain text). */
    static Status synthesize(int code, String contentType, byte[] body, String unreadable) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (contentType.contains("html") || text.stripLeading().startsWith("<")) {
            text = text.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]*>", " ");
        }
        String snippet = Snippets.sanitize(text, MAX_SNIPPET);
        String detail;
        if (unreadable != null) {
            detail = "body unreadable: " + unreadable;
        } else if (snippet.isEmpty()) {
            detail = "empty body";
        } else {
            detail = (contentType.isEmpty() ? "" : contentType + " ") + "body: " + snippet;
        }
        return Status.builder()
                .status("Failure")
                .code(code)
                .reason(StatusReasons.forCode(code))
                .message(StatusReasons.describe(code) + " (" + detail + ")")
                .build();
    }

    /** Parses {@code Retry-After} (seconds or an HTTP date); null when absent or malformed. */
    public static Duration retryAfter(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.trim();
        try {
            long seconds = Long.parseLong(h);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(clock.instant(), when.toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        return in.readNBytes(MAX_BODY);
    }
}
