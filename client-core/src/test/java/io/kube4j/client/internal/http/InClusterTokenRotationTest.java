package io.kube4j.client.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.client.Config;
import io.kube4j.client.internal.Threads;
import io.kube4j.client.internal.auth.MutableClock;
import io.kube4j.client.internal.config.Environment;
import io.kube4j.client.internal.config.InClusterLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In-cluster config end to end: service-account files in a temp dir, the API server is WireMock over HTTPS. */
class InClusterTokenRotationTest {
    @TempDir
    Path dir;

    @Test
    void rotatedTokensArePickedUpWithinAMinuteAndAtOnceAfterA401() throws IOException {
        ExecutorService executor = Executors.newCachedThreadPool(Threads.factory("test-http"));
        try (HttpsServer server = HttpsServer.start(dir, true, null)) {
            Path sa = Files.createDirectories(dir.resolve("serviceaccount"));
            Files.writeString(sa.resolve("ca.crt"), server.ca.certPem());
            Files.writeString(sa.resolve("namespace"), "apps");
            Path token = Files.writeString(sa.resolve("token"), "token-1");
            Environment env = Environment.of(Map.of("KUBERNETES_SERVICE_HOST", "127.0.0.1",
                    "KUBERNETES_SERVICE_PORT", String.valueOf(server.wireMock.httpsPort())), null);
            Config config = InClusterLoader.load(env, InClusterLoader.Paths.under(sa));
            MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
            OkHttpClient client = OkHttpClients.create(config, executor, clock);
            server.wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)));
            for (String t : new String[] {"token-1", "token-2", "token-3"}) {
                server.wireMock.stubFor(any(anyUrl()).withHeader("Authorization", equalTo("Bearer " + t))
                        .willReturn(aResponse().withStatus(200).withBody(t)));
            }

            assertThat(call(client, config)).isEqualTo("200 token-1");
            Files.writeString(token, "token-2"); // the kubelet rotates the projected token
            clock.advance(Duration.ofSeconds(30));
            assertThat(call(client, config)).as("cached for a minute").isEqualTo("200 token-1");
            clock.advance(Duration.ofSeconds(31));
            assertThat(call(client, config)).isEqualTo("200 token-2");

            Files.writeString(token, "token-3");
            server.wireMock.stubFor(any(anyUrl()).withHeader("Authorization", equalTo("Bearer token-2"))
                    .willReturn(aResponse().withStatus(401)));
            assertThat(call(client, config)).as("re-read right after a 401").isEqualTo("200 token-3");
            server.wireMock.verify(5, anyRequestedFor(anyUrl()));
        } finally {
            executor.shutdownNow();
        }
    }

    private static String call(OkHttpClient client, Config config) throws IOException {
        try (Response r = client.newCall(new Request.Builder().url(config.server() + "/api/v1/namespaces/"
                + config.namespace() + "/pods").build()).execute()) {
            return r.code() + " " + r.body().string();
        }
    }
}
