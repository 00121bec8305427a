package io.kube4j.client.internal.http;

import io.kube4j.client.Config;
import io.kube4j.client.internal.auth.AuthInterceptor;
import io.kube4j.client.internal.auth.CredentialSource;
import io.kube4j.client.internal.auth.CredentialSources;
import io.kube4j.client.internal.tls.TlsMaterial;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;

/**
 * Builds the OkHttp client for a {@link Config}: TLS (trust, client certificate, SNI / tls-server-name),
 * HTTP/2 with HTTP/1.1 fallback, timeouts, proxy, {@code User-Agent}, credentials and impersonation.
 * Credentials are sent only over TLS. Redirects from https to http are not followed.
 */
public final class OkHttpClients {
    /** Async calls are not throttled by OkHttp: watches are long-lived and client-side limiting happens above. */
    private static final int MAX_ASYNC_REQUESTS = 1024;

    private OkHttpClients() {
    }

    /**
     * A client for {@code config} whose async calls run on {@code dispatcherExecutor} (owned by the caller).
     *
     * @throws io.kube4j.client.ConfigException when the TLS material cannot be used
     */
    public static OkHttpClient create(Config config, ExecutorService dispatcherExecutor) {
        return create(config, dispatcherExecutor, Clock.systemUTC());
    }

    static OkHttpClient create(Config config, ExecutorService dispatcherExecutor, Clock clock) {
        TlsMaterial tls = TlsMaterial.from(config);
        ConnectionPool pool = new ConnectionPool();
        Dispatcher dispatcher = new Dispatcher(dispatcherExecutor);
        dispatcher.setMaxRequests(MAX_ASYNC_REQUESTS);
        dispatcher.setMaxRequestsPerHost(MAX_ASYNC_REQUESTS);
        // A rotated exec-plugin certificate must not keep riding on connections opened with the old one.
        CredentialSource credentials = CredentialSources.forConfig(config, tls.keyManager(), pool::evictAll, clock);
        Duration timeout = config.requestTimeout();
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(pool)
                .protocols(List.of(Protocol.HTTP_2, Protocol.HTTP_1_1))
                .connectTimeout(config.connectTimeout())
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout)
                .followSslRedirects(false)
                .sslSocketFactory(tls.socketFactory(), tls.trustManager())
                .addInterceptor(new DefaultHeadersInterceptor(config.userAgent(), config.disableCompression()))
                .addInterceptor(new AuthInterceptor(credentials, config));
        if (tls.hostnameVerifier() != null) {
            b.hostnameVerifier(tls.hostnameVerifier());
        }
        ProxySetup.apply(b, config, tls);
        return b.build();
    }

    /** {@code base} without read and call timeouts, for watch and log streams; shares its pool and dispatcher. */
    public static OkHttpClient forStreaming(OkHttpClient base) {
        return base.newBuilder().readTimeout(Duration.ZERO).callTimeout(Duration.ZERO).build();
    }
}
