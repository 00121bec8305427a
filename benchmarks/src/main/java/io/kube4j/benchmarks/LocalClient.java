package io.kube4j.benchmarks;

import io.kube4j.benchmarks.server.FixtureServer;
import io.kube4j.client.RestClient;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The clients of one {@link FixtureServer} that the HTTP benchmarks share: a plain OkHttp client (the
 * floors read raw bodies with it) and a kube4j {@link RestClient} on the same OkHttp client, without
 * client-side rate limiting. {@link #close()} closes both and the server.
 */
final class LocalClient implements AutoCloseable {
    final FixtureServer server;
    final OkHttpClient http;
    final RestClient rest;

    LocalClient(FixtureServer server) {
        this.server = server;
        // No call timeout, a generous read timeout: a 50k list or a 100k-event watch takes seconds.
        this.http = new OkHttpClient.Builder().readTimeout(60, TimeUnit.SECONDS).build();
        this.rest = RestClient.builder(http, server.uri()).build();
    }

    /** A raw GET of {@code pathAndQuery} on the server, for the floors. */
    Request get(String pathAndQuery) {
        return new Request.Builder().url(server.uri() + pathAndQuery).build();
    }

    @Override
    public void close() {
        rest.close();
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
        server.close();
    }
}
