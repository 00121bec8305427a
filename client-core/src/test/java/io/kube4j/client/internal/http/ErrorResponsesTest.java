package io.kube4j.client.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.meta.v1.Status;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorResponsesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5                              | PT5S",
        " 0                             | PT0S",
        "-3                             | ",
        "soon                           | ",
        "Sat, 21 Nov 2026 10:00:30 GMT  | PT30S",
        "Sat, 21 Nov 2026 09:00:00 GMT  | PT0S",
    })
    void retryAfter(String header, String expected) {
        Duration d = ErrorResponses.retryAfter(header, CLOCK);
        assertThat(d).isEqualTo(expected == null ? null : Duration.parse(expected));
    }

    @Test
    void retryAfterAbsent() {
        assertThat(ErrorResponses.retryAfter(null, CLOCK)).isNull();
        assertThat(ErrorResponses.retryAfter("  ", CLOCK)).isNull();
    }

    @Test
    void parsesOnlyStatuses() {
        Status s = ErrorResponses.parseStatus(bytes("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
                + "\"message\":\"pods \\\"web\\\" not found\",\"reason\":\"NotFound\",\"code\":404,"
                + "\"details\":{\"name\":\"web\",\"kind\":\"pods\"}}"));
        assertThat(s).isNotNull();
        assertThat(s.reason()).isEqualTo("NotFound");
        assertThat(s.code()).isEqualTo(404);
        assertThat(s.details().name()).isEqualTo("web");
        assertThat(ErrorResponses.parseStatus(bytes("{\"kind\":\"Pod\"}"))).isNull();
        assertThat(ErrorResponses.parseStatus(bytes("<html>502</html>"))).isNull();
        assertThat(ErrorResponses.parseStatus(bytes("{\"kind\":\"Status\""))).isNull();
        assertThat(ErrorResponses.parseStatus(bytes(""))).isNull();
    }

    @Test
    void synthesisesFromHtmlWithoutMarkupOrCredentials() {
        String html = "<html><head><style>body{}</style><title>502 Bad Gateway</title></head>"
                + "<body><h1>Bad Gateway</h1><p>upstream said Authorization: Bearer abc.def.ghi</p></body></html>";
        Status s = ErrorResponses.synthesize(502, "text/html", bytes(html), null);
        assertThat(s.code()).isEqualTo(502);
        assertThat(s.reason()).isEqualTo("InternalError");
        assertThat(s.status()).isEqualTo("Failure");
        assertThat(s.message()).startsWith("the server failed with an internal error (text/html body: 502 Bad Gateway Bad Gateway")
                .doesNotContain("<h1>").doesNotContain("<style").doesNotContain("abc.def.ghi").contains("Bearer <redacted>");
    }

    @Test
    void synthesisesForEmptyAndLongBodies() {
        assertThat(ErrorResponses.synthesize(404, "", new byte[0], null).message())
                .isEqualTo("the server could not find the requested resource (empty body)");
        assertThat(ErrorResponses.synthesize(503, "text/plain", bytes("x".repeat(10_000)), null).message())
                .hasSizeLessThan(300).endsWith("...)");
        assertThat(ErrorResponses.synthesize(429, "", new byte[0], "SocketException").reason())
                .isEqualTo("TooManyRequests");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
