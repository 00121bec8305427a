package io.kube4j.client;

import io.kube4j.api.KubernetesList;
import io.kube4j.api.KubernetesObject;
import io.kube4j.client.internal.Threads;
import io.kube4j.client.internal.http.ExecutorSettings;
import io.kube4j.client.internal.http.LoggingWarningHandler;
import io.kube4j.client.internal.http.OkHttpClients;
import io.kube4j.client.internal.http.OpenStreams;
import io.kube4j.client.internal.http.RateLimiter;
import io.kube4j.client.internal.http.ReadTimeoutInterceptor;
import io.kube4j.client.internal.http.RequestExecutor;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The REST core: builds and sends calls to one API server. {@code get()}, {@code post()}, ... return a
 * {@link RequestBuilder}; {@link #resource(ResourceType)} gives the typed engine over it.
 *
 * <p>Threads: synchronous calls run on the caller's thread (rate-limit waits and retry backoffs block it,
 * interruptibly); async calls run on OkHttp's dispatcher, whose {@code kube4j-http-<n>} threads this
 * client owns, and complete on the callback executor ({@code kube4j-callback-<n>} unless one is given);
 * async delays use one {@code kube4j-scheduler} thread; watches started with {@link Watch#start} run on
 * {@code kube4j-watch-<n>}. {@link #close()} ends open watches and streams and stops every thread and
 * connection pool this client created, but nothing it was given. Thread-safe.
 */
public final class RestClient implements AutoCloseable {
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final URI server;
    private final String userAgent;
    private final RequestExecutor executor;
    private final OpenStreams openStreams;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final OkHttpClient ownedClient;
    private final ExecutorService ownedDispatcher;
    private final ExecutorService ownedCallbacks;
    private final ScheduledThreadPoolExecutor scheduler;

    private RestClient(Builder b) {
        this.server = b.server;
        this.userAgent = b.userAgent;
        this.openStreams = new OpenStreams();
        OkHttpClient base;
        if (b.config != null) {
            ownedDispatcher = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                    new SynchronousQueue<>(), Threads.factory("http"));
            base = OkHttpClients.create(b.config, ownedDispatcher);
            ownedClient = base;
        } else {
            ownedDispatcher = null;
            ownedClient = null;
            base = b.http;
        }
        Executor callbacks = b.callbackExecutor;
        if (callbacks == null) {
            ownedCallbacks = Executors.newCachedThreadPool(Threads.factory("callback"));
            callbacks = ownedCallbacks;
        } else {
            ownedCallbacks = null;
        }
        scheduler = new ScheduledThreadPoolExecutor(1, Threads.factory("scheduler"));
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.setKeepAliveTime(30, TimeUnit.SECONDS);
        scheduler.allowCoreThreadTimeOut(true);

        HttpUrl baseUrl = HttpUrl.get(server.toString());
        // Derived clients share the base's dispatcher and connection pool.
        OkHttpClient regular = base.newBuilder().addInterceptor(new ReadTimeoutInterceptor()).build();
        OkHttpClient nonRetrying = regular.newBuilder().retryOnConnectionFailure(false).build();
        OkHttpClient streaming = OkHttpClients.forStreaming(regular);
        RateLimiter limiter = b.qps > 0 ? new RateLimiter(b.qps, Math.max(1, b.burst)) : null;
        this.executor = new RequestExecutor(new ExecutorSettings(baseUrl, regular, nonRetrying, streaming, limiter,
                b.retryPolicy, b.warningHandler, callbacks, scheduler, b.requestTimeout, b.watchTimeoutMin,
                b.watchTimeoutMax, b.watchIdleMargin, openStreams, closed::get));
    }

    /** A client for the server and credentials in {@code config}. */
    public static RestClient create(Config config) {
        return builder(config).build();
    }

    /** A builder starting from {@code config}: server, TLS, auth, timeouts, QPS/burst, retries, User-Agent. */
    public static Builder builder(Config config) {
        return new Builder(Objects.requireNonNull(config, "config"), null, URI.create(String.valueOf(config.server())))
                .userAgent(config.userAgent())
                .rateLimit(config.qps(), config.burst())
                .retryPolicy(RetryPolicy.DEFAULT.withMaxRetries(config.maxRetries()))
                .requestTimeout(config.requestTimeout());
    }

    /**
     * A builder over an OkHttp client you configured (TLS, auth): the RestClient uses it as is and its
     * {@code close()} leaves it (dispatcher, pool) alone. No rate limit unless set. Handy for tests.
     */
    public static Builder builder(OkHttpClient http, URI server) {
        return new Builder(null, Objects.requireNonNull(http, "http"), Objects.requireNonNull(server, "server"));
    }

    public RequestBuilder get() {
        return method("GET");
    }

    public RequestBuilder post() {
        return method("POST");
    }

    public RequestBuilder put() {
        return method("PUT");
    }

    /** A PATCH whose body has the patch type's content type. */
    public RequestBuilder patch(PatchType type) {
        return method("PATCH").contentType(type.contentType());
    }

    public RequestBuilder delete() {
        return method("DELETE");
    }

    public RequestBuilder head() {
        return method("HEAD");
    }

    /** A call with any HTTP method. */
    public RequestBuilder method(String method) {
        return new RequestBuilder(this, method);
    }

    /** The generic engine for one resource type. */
    public <T extends KubernetesObject, L extends KubernetesList<T>> ResourceClient<T, L> resource(
            ResourceType<T, L> type) {
        return new ResourceClient<>(this, type);
    }

    /** The server's base URI. */
    public URI server() {
        return server;
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed.get();
    }

    /** Ends open watches and streams, then stops the threads and pools this client created. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        openStreams.closeAll(CLOSE_WAIT);
        scheduler.shutdownNow();
        if (ownedClient != null) {
            ownedClient.dispatcher().cancelAll();
            ownedDispatcher.shutdown();
        }
        if (ownedCallbacks != null) {
            ownedCallbacks.shutdown();
        }
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        await(scheduler, deadline);
        await(ownedDispatcher, deadline);
        await(ownedCallbacks, deadline);
        if (ownedClient != null) {
            ownedClient.connectionPool().evictAll();
        }
    }

    String userAgent() {
        return userAgent;
    }

    RequestExecutor executor() {
        return executor;
    }

    private static void await(ExecutorService service, long deadline) {
        if (service == null) {
            return;
        }
        try {
            service.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "RestClient{" + server + "}";
    }

    /** Builder of {@link RestClient}. */
    public static final class Builder {
        private final Config config;
        private final OkHttpClient http;
        private final URI server;
        private String userAgent = "kube4j";
        private double qps;
        private int burst = 1;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private WarningHandler warningHandler = new LoggingWarningHandler();
        private Executor callbackExecutor;
        private Duration requestTimeout;
        private Duration watchTimeoutMin = Duration.ofMinutes(5);
        private Duration watchTimeoutMax = Duration.ofMinutes(10);
        private Duration watchIdleMargin = Duration.ofSeconds(30);

        private Builder(Config config, OkHttpClient http, URI server) {
            this.config = config;
            this.http = http;
            this.server = server;
        }

        /** The {@code User-Agent} header; null leaves it to the transport. */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /** Client-side token bucket: {@code qps} per second, bursts of {@code burst}; qps ≤ 0 disables it. */
        public Builder rateLimit(double qps, int burst) {
            this.qps = qps;
            this.burst = burst;
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** Receives {@code Warning} headers; default: log each distinct warning once. */
        public Builder warningHandler(WarningHandler warningHandler) {
            this.warningHandler = Objects.requireNonNull(warningHandler, "warningHandler");
            return this;
        }

        /** Completes async futures; not shut down by the client. Default: an owned kube4j-callback pool. */
        public Builder callbackExecutor(Executor callbackExecutor) {
            this.callbackExecutor = callbackExecutor;
            return this;
        }

        /** Default whole-call timeout of non-streaming calls; null or zero means none. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        /** Range of the random server-side {@code timeoutSeconds} given to watches that set none. */
        public Builder watchTimeout(Duration min, Duration max) {
            if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
                throw new IllegalArgumentException(
                        "watch timeout range must be positive and ordered: " + min + ".." + max);
            }
            this.watchTimeoutMin = min;
            this.watchTimeoutMax = max;
            return this;
        }

        /** Added to a watch's server-side timeout to form its idle guard (no bytes for that long: close). */
        public Builder watchIdleMargin(Duration margin) {
            if (margin.isNegative()) {
                throw new IllegalArgumentException("watchIdleMargin must not be negative: " + margin);
            }
            this.watchIdleMargin = margin;
            return this;
        }

        public RestClient build() {
            return new RestClient(this);
        }
    }
}
