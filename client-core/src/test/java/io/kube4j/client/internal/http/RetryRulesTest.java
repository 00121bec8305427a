package io.kube4j.client.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.client.RetryPolicy;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import io.kube4j.client.RestClient;
import io.kube4j.client.Request;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryRulesTest {
    private static final RetryPolicy POLICY = RetryPolicy.builder().maxRetries(3).initialBackoff(Duration.ofMillis(100))
            .maxBackoff(Duration.ofMillis(1000)).maxRetryAfter(Duration.ofSeconds(10)).jitter(0.5).build();
    private static final RetryRules NO_JITTER = new RetryRules(POLICY, () -> 0.0);
    private static final OkHttpClient HTTP = new OkHttpClient();
    private static final RestClient CLIENT = RestClient.builder(HTTP, URI.create("http://127.0.0.1:1")).build();
    private static final Request GET = CLIENT.get().resource("pods").build();
    private static final Request POST = CLIENT.post().resource("pods").body("{}").build();

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @ParameterizedTest(name = "code {0}, Retry-After {1}s, retries {2} -> {3} ms")
    @CsvSource({
        "429,   , 0, 100",     // no header: backoff
        "429,  2, 0, 2000",    // header wins
        "429, 60, 0, 10000",   // capped
        "429,  0, 1, 0",       // retry now
        "503,  1, 0, 1000",
        "500,  3, 2, 3000",
        "503,   , 0, -1",      // 5xx without Retry-After: not retried
        "504,   , 0, -1",
        "404,  1, 0, -1",
        "409,   , 0, -1",
        "429,  1, 3, -1",      // budget spent
    })
    void afterResponse(int code, Long retryAfterSeconds, int retries, long expectedMillis) {
        Duration header = retryAfterSeconds == null ? null : Duration.ofSeconds(retryAfterSeconds);
        Duration wait = NO_JITTER.afterResponse(code, header, retries);
        if (expectedMillis < 0) {
            assertThat(wait).isNull();
        } else {
            assertThat(wait).isEqualTo(Duration.ofMillis(expectedMillis));
        }
    }

    @Test
    void backoffDoublesUpToTheCapAndAddsJitter() {
        assertThat(NO_JITTER.backoff(0)).isEqualTo(Duration.ofMillis(100));
        assertThat(NO_JITTER.backoff(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(NO_JITTER.backoff(3)).isEqualTo(Duration.ofMillis(800));
        assertThat(NO_JITTER.backoff(4)).isEqualTo(Duration.ofMillis(1000));
        assertThat(NO_JITTER.backoff(100)).isEqualTo(Duration.ofMillis(1000));
        RetryRules maxJitter = new RetryRules(POLICY, () -> 0.999999);
        assertThat(maxJitter.backoff(0)).isBetween(Duration.ofMillis(149), Duration.ofMillis(150));
        assertThat(maxJitter.backoff(10)).isBetween(Duration.ofMillis(1499), Duration.ofMillis(1500));
    }

    @Test
    void connectionFailures() {
        IOException reset = new SocketException("Connection reset");
        assertThat(NO_JITTER.afterFailure(GET, reset, 0)).isEqualTo(Duration.ofMillis(100));
        assertThat(NO_JITTER.afterFailure(POST, reset, 0)).as("POST may have been processed").isNull();
        assertThat(NO_JITTER.afterFailure(POST, new ConnectException("refused"), 0)).as("never sent").isNotNull();
        assertThat(NO_JITTER.afterFailure(GET, new EOFException(), 1)).isEqualTo(Duration.ofMillis(200));
        assertThat(NO_JITTER.afterFailure(GET, reset, 3)).as("budget spent").isNull();
        assertThat(NO_JITTER.afterFailure(GET, new UnknownHostException("x"), 0)).isNull();
        assertThat(NO_JITTER.afterFailure(GET, new SSLHandshakeException("bad cert"), 0)).isNull();
        assertThat(NO_JITTER.afterFailure(GET, new SocketTimeoutException("Read timed out"), 0)).isNull();
        assertThat(NO_JITTER.afterFailure(POST, new SocketTimeoutException("Connect timed out"), 0)).isNotNull();
        assertThat(NO_JITTER.afterFailure(GET, new InterruptedIOException("timeout"), 0)).isNull();
        assertThat(NO_JITTER.afterFailure(GET, new IOException("Canceled"), 0)).isNull();
        assertThat(NO_JITTER.afterFailure(POST, new IOException("stream was reset: REFUSED_STREAM"), 0)).isNotNull();
        RetryRules none = new RetryRules(RetryPolicy.NONE);
        assertThat(none.afterFailure(GET, reset, 0)).isNull();
        assertThat(none.afterResponse(429, null, 0)).isNull();
    }
}
