package io.kube4j.client.internal.http;

import io.kube4j.client.ApiException;
import io.kube4j.client.KubeException;
import io.kube4j.client.Request;
import io.kube4j.client.TransportException;
import io.kube4j.client.Watch;
import io.kube4j.client.WarningHandler;
import io.kube4j.client.internal.watch.StreamingWatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link Request}s: rate limiting, retries, error decoding, warnings, body decoding. Synchronous
 * calls run on the caller's thread; {@link #executeAsync} runs on OkHttp's dispatcher (see {@link AsyncCall});
 * streams and watches use the streaming client (no read or call timeout). Thread-safe.
 */
public final class RequestExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(RequestExecutor.class);
    /** Used when the caller asked for {@code timeoutSeconds=0}: the server then picks up to an hour. */
    private static final long SERVER_DEFAULT_WATCH_SECONDS = 3600;

    private final ExecutorSettings s;
    private final RetryRules retry;

    public RequestExecutor(ExecutorSettings settings) {
        this.s = settings;
        this.retry = new RetryRules(settings.retryPolicy());
    }

    public ExecutorSettings settings() {
        return s;
    }

    /** Sends a request and decodes a 2xx body (Void: discarded). */
    public <T> T execute(Request request, Class<T> type) {
        Opened opened = open(request, false, null);
        try {
            return ResponseBodies.decode(request, opened.response().body(), type);
        } catch (IOException e) {
            throw Transports.wrap(request, e, opened.call().isCanceled());
        }
    }

    /** Sends a request without blocking; see {@link AsyncCall} for the threads involved. */
    public <T> CompletableFuture<T> executeAsync(Request request, Class<T> type) {
        checkOpen();
        return new AsyncCall<>(this, request, type).start();
    }

    /** Opens a 2xx response body as a stream with no read timeout; closing it ends the call. */
    public InputStream stream(Request request) {
        Opened opened = open(request, true, null);
        return new ResponseStream(opened.call(), opened.response(), s.openStreams());
    }

    /** Starts a watch; adds {@code watch=true} and a jittered {@code timeoutSeconds} unless given. */
    public <T> Watch<T> watch(Request request, Class<T> type) {
        Request r = request.queryParam("watch").isPresent() ? request : request.withParam("watch", "true");
        long timeoutSeconds;
        String given = r.queryParam("timeoutSeconds").orElse(null);
        if (given == null) {
            timeoutSeconds = jitteredWatchSeconds();
            r = r.withParam("timeoutSeconds", Long.toString(timeoutSeconds));
        } else {
            try {
                timeoutSeconds = Long.parseLong(given);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("timeoutSeconds must be a number of seconds, got " + given, e);
            }
        }
        long effective = timeoutSeconds == 0 ? SERVER_DEFAULT_WATCH_SECONDS : timeoutSeconds;
        Duration idleGuard = Duration.ofSeconds(effective).plus(s.watchIdleMargin());
        Opened opened = open(r, true, idleGuard);
        return new StreamingWatch<>(opened.call(), opened.response(), type, r.describe(), idleGuard, s.openStreams());
    }

    /** A call and its 2xx response. */
    public record Opened(Call call, Response response) {
    }

    /**
     * Sends until a 2xx answer, retrying as the policy allows; throws the ApiException of a final non-2xx
     * answer or the TransportException of a final failure.
     */
    Opened open(Request request, boolean streaming, Duration readTimeout) {
        checkOpen();
        // A longer per-call timeout must also lift the client's read timeout, or a slow list still fails.
        Duration read = readTimeout != null ? readTimeout : request.timeout().orElse(null);
        okhttp3.Request ok = OkRequests.convert(s.baseUrl(), request, read);
        OkHttpClient http = clientFor(request, streaming);
        for (int retries = 0; ; retries++) {
            throttle(request);
            Call call = http.newCall(ok);
            if (!streaming) {
                applyTimeout(call, request);
            }
            Response response;
            try {
                response = executeCall(call);
            } catch (IOException e) {
                KubeException carried = KubeIOException.unwrap(e);
                if (carried != null) {
                    throw carried; // e.g. a body that cannot be encoded, a failing exec credential plugin
                }
                if (e instanceof InterruptedIOException && "interrupted".equals(e.getMessage())) {
                    Thread.currentThread().interrupt(); // Okio may have consumed the flag
                }
                Duration wait = call.isCanceled() ? null : retry.afterFailure(request, e, retries);
                if (wait == null) {
                    throw Transports.wrap(request, e, call.isCanceled());
                }
                LOG.debug("{}: {}; retry {} in {}", request.describe(), e.toString(), retries + 1, wait);
                sleep(request, wait);
                continue;
            }
            List<String> warnings = reportWarnings(response);
            if (response.isSuccessful()) {
                return new Opened(call, response);
            }
            Duration header = ErrorResponses.retryAfter(response.header("Retry-After"), Clock.systemUTC());
            ApiException error = ErrorResponses.toException(request, response, warnings);
            Duration wait = retry.afterResponse(error.code(), header, retries);
            if (wait == null) {
                throw error;
            }
            LOG.debug("{}: {} {}; retry {} in {}", request.describe(), error.code(), error.reason(), retries + 1, wait);
            sleep(request, wait);
        }
    }

    private static Response executeCall(Call call) throws IOException {
        try {
            return call.execute();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // OkHttp's Kotlin code can throw an undeclared InterruptedException while connecting.
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                InterruptedIOException io = new InterruptedIOException("interrupted");
                io.initCause(e);
                throw io;
            }
            throw new IOException(e);
        }
    }

    OkHttpClient clientFor(Request request, boolean streaming) {
        if (streaming) {
            return s.streamingClient();
        }
        // OkHttp silently re-sends a request on some connection failures; only safe for idempotent calls.
        return request.isIdempotent() ? s.client() : s.nonRetryingClient();
    }

    void applyTimeout(Call call, Request request) {
        Duration t = request.timeout().orElse(s.requestTimeout());
        if (t != null && !t.isZero() && !t.isNegative()) {
            call.timeout().timeout(t.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    RetryRules retryRules() {
        return retry;
    }

    /** Reports the answer's warnings to the handler (a failing handler is logged, never fatal). */
    List<String> reportWarnings(Response response) {
        List<String> headers = response.headers("Warning");
        if (headers.isEmpty()) {
            return List.of();
        }
        List<String> warnings = WarningHeaders.parse(headers);
        WarningHandler handler = s.warningHandler();
        for (String w : warnings) {
            try {
                handler.handle(w);
            } catch (RuntimeException e) {
                LOG.warn("warning handler failed on {}", w, e);
            }
        }
        return warnings;
    }

    void checkOpen() {
        if (s.closed().getAsBoolean()) {
            throw new IllegalStateException("RestClient is closed");
        }
    }

    private void throttle(Request request) {
        RateLimiter limiter = s.rateLimiter();
        if (limiter == null) {
            return;
        }
        try {
            limiter.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(request.describe() + ": interrupted while waiting for the client rate limiter",
                    e, false);
        }
    }

    private static void sleep(Request request, Duration wait) {
        try {
            TimeUnit.NANOSECONDS.sleep(wait.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(request.describe() + ": interrupted while waiting to retry", e, false);
        }
    }

    private long jitteredWatchSeconds() {
        long min = s.watchTimeoutMin().toSeconds();
        long max = Math.max(min, s.watchTimeoutMax().toSeconds());
        return min + (max == min ? 0 : ThreadLocalRandom.current().nextLong(max - min + 1));
    }
}
