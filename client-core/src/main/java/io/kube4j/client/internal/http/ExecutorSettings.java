package io.kube4j.client.internal.http;

import io.kube4j.client.RetryPolicy;
import io.kube4j.client.WarningHandler;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Everything a {@link RequestExecutor} needs, assembled by {@code RestClient}.
 *
 * @param baseUrl           the server URL (may carry a path prefix)
 * @param client            for idempotent calls (OkHttp may re-send on connection failures)
 * @param nonRetryingClient for other calls (OkHttp never re-sends)
 * @param streamingClient   for streams and watches: no read or call timeout
 * @param rateLimiter       the token bucket, or null when disabled
 * @param retryPolicy       when to repeat calls
 * @param warningHandler    receives {@code Warning} headers
 * @param callbackExecutor  completes async futures
 * @param scheduler         delays async retries and rate-limited async sends
 * @param requestTimeout    default whole-call timeout of non-streaming calls, or null
 * @param watchTimeoutMin   lower bound of the jittered server-side watch timeout
 * @param watchTimeoutMax   upper bound of the jittered server-side watch timeout
 * @param watchIdleMargin   added to a watch's timeout to form its idle guard
 * @param openStreams       registry of open streams and watches, closed with the client
 * @param closed            true once the client is closed
 */
public record ExecutorSettings(
        HttpUrl baseUrl,
        OkHttpClient client,
        OkHttpClient nonRetryingClient,
        OkHttpClient streamingClient,
        RateLimiter rateLimiter,
        RetryPolicy retryPolicy,
        WarningHandler warningHandler,
        Executor callbackExecutor,
        ScheduledExecutorService scheduler,
        Duration requestTimeout,
        Duration watchTimeoutMin,
        Duration watchTimeoutMax,
        Duration watchIdleMargin,
        OpenStreams openStreams,
        BooleanSupplier closed) {
}
