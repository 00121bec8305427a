package io.kube4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RestClientTest extends WireMockSupport {

    @Test
    void getDecodesTheBodyAndSendsDefaultHeaders() {
        WM.stubFor(get("/api/v1/namespaces/ns/pods/web").willReturn(okJson(podJson("ns", "web"))));
        TestPod pod = client().get().namespace("ns").resource("pods").name("web").execute(TestPod.class);
        assertThat(pod.metadata().name()).isEqualTo("web");
        assertThat(pod.metadata().resourceVersion()).isEqualTo("7");
        WM.verify(getRequestedFor(urlEqualTo("/api/v1/namespaces/ns/pods/web"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", equalTo("kube4j-test/1.0"))
                .withHeader("Accept-Encoding", containing("gzip")));
    }

    @Test
    void decodesGzippedBodies() {
        String big = "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"" + "x".repeat(5000) + "\"}}";
        WM.stubFor(get("/api/v1/pods/big").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(big)));
        TestPod pod = client().get().resource("pods").name("big").execute(TestPod.class);
        assertThat(pod.metadata().name()).hasSize(5000);
    }

    @Test
    void postStreamsTheObjectAsJson() {
        WM.stubFor(post("/api/v1/namespaces/ns/pods").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(podJson("ns", "web"))));
        TestPod created = client().post().namespace("ns").resource("pods").body(TestPod.of("ns", "web"))
                .execute(TestPod.class);
        assertThat(created.metadata().resourceVersion()).isEqualTo("7");
        WM.verify(postRequestedFor(urlEqualTo("/api/v1/namespaces/ns/pods"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"web\","
                        + "\"namespace\":\"ns\"},\"spec\":{\"nodeName\":\"n1\"}}")));
    }

    @Test
    void rawBodiesAndNonResourcePaths() {
        WM.stubFor(get("/version").willReturn(okJson("{\"major\":\"1\",\"minor\":\"35\"}")));
        WM.stubFor(get("/healthz").willReturn(aResponse().withBody("ok")));
        RestClient c = client();
        assertThat(c.get().absPath("/version").execute(Map.class)).containsEntry("minor", "35");
        assertThat(c.get().absPath("/healthz").execute(String.class)).isEqualTo("ok");
        assertThat(c.get().absPath("/healthz").execute(byte[].class)).isEqualTo("ok".getBytes(StandardCharsets.UTF_8));
        c.get().absPath("/healthz").execute();
    }

    @Test
    void warningsGoToTheHandlerAndIntoExceptions() {
        WM.stubFor(get("/api/v1/pods").willReturn(okJson("{\"items\":[]}")
                .withHeader("Warning", "299 - \"v1 Pod is fine\"", "299 - \"second\"")));
        WM.stubFor(get("/api/v1/nodes").willReturn(aResponse().withStatus(404)
                .withHeader("Warning", "299 - \"deprecated\"")
                .withBody(status(404, "NotFound", "nope"))));
        RestClient c = client();
        c.get().resource("pods").execute(TestPodList.class);
        assertThat(warnings).containsExactly("v1 Pod is fine", "second");
        assertThatThrownBy(() -> c.get().resource("nodes").execute(Map.class))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.warnings()).containsExactly("deprecated"));
    }

    @Test
    void statusBodiesBecomeTypedExceptions() {
        WM.stubFor(get("/api/v1/namespaces/ns/pods/web").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(status(404, "NotFound", "pods \\\"web\\\" not found"))));
        assertThatThrownBy(() -> client().get().namespace("ns").resource("pods").name("web").execute(TestPod.class))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("GET /api/v1/namespaces/ns/pods/web: 404 NotFound: pods \"web\" not found");
    }

    @Test
    void nonStatusBodiesAreSynthesised() {
        WM.stubFor(get("/api/v1/a").willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>502 Bad Gateway</h1></body></html>")));
        WM.stubFor(get("/api/v1/b").willReturn(aResponse().withStatus(403)));
        WM.stubFor(get("/api/v1/c").willReturn(aResponse().withStatus(409).withBody("{\"kind\":\"Other\"}")));
        RestClient c = client();
        assertThatThrownBy(() -> c.get().resource("a").execute(Map.class))
                .isInstanceOfSatisfying(ServerErrorException.class, e -> {
                    assertThat(e.code()).isEqualTo(502);
                    assertThat(e.reason()).isEqualTo("InternalError");
                    assertThat(e.status().message()).contains("502 Bad Gateway").doesNotContain("<h1>");
                });
        assertThatThrownBy(() -> c.get().resource("b").execute(Map.class))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("403 Forbidden").hasMessageContaining("empty body");
        assertThatThrownBy(() -> c.get().resource("c").execute(Map.class)).isInstanceOf(ConflictException.class);
    }

    @Test
    void badSuccessBodiesAreSerializationErrors() {
        WM.stubFor(get("/api/v1/pods/garbage").willReturn(okJson("{\"metadata\": nonsense}")));
        WM.stubFor(get("/api/v1/pods/truncated").willReturn(okJson("{\"metadata\":{\"name\":\"web\"")));
        WM.stubFor(get("/api/v1/pods/empty").willReturn(aResponse().withStatus(200)));
        WM.stubFor(get("/api/v1/pods/wrongtype").willReturn(okJson("{\"metadata\":{\"name\":[1,2]}}")));
        RestClient c = client();
        assertThatThrownBy(() -> c.get().resource("pods").name("garbage").execute(TestPod.class))
                .isInstanceOfSatisfying(SerializationException.class, e -> {
                    assertThat(e.getMessage()).startsWith("GET /api/v1/pods/garbage: cannot read TestPod");
                    assertThat(e.snippet()).contains("nonsense");
                    assertThat(e.jsonPath()).isEqualTo("$.metadata");
                });
        assertThatThrownBy(() -> c.get().resource("pods").name("truncated").execute(TestPod.class))
                .isInstanceOf(SerializationException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> c.get().resource("pods").name("empty").execute(TestPod.class))
                .isInstanceOf(SerializationException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> c.get().resource("pods").name("wrongtype").execute(TestPod.class))
                .isInstanceOfSatisfying(SerializationException.class,
                        e -> assertThat(e.jsonPath()).startsWith("$.metadata.name"));
    }

    @Test
    void perRequestTimeout() {
        WM.stubFor(get("/api/v1/slow").willReturn(okJson("{}").withFixedDelay(3000)));
        assertThatThrownBy(() -> client().get().resource("slow").timeout(Duration.ofMillis(200)).execute(Map.class))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isRetryable()).isFalse())
                .hasMessageStartingWith("GET /api/v1/slow: ");
    }

    /** A server that answers only once the test has attached its continuation, so no race decides the thread. */
    private static RawHttpServer gatedServer(CountDownLatch gate, int code, String body) throws IOException {
        return new RawHttpServer((line, socket, out) -> {
            gate.await(10, TimeUnit.SECONDS);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 " + code + " X\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            RawHttpServer.holdOpen(socket);
        });
    }

    @Test
    void asyncCompletesOnTheCallbackExecutorNeverOnOkHttpThreads() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        try (RawHttpServer server = gatedServer(gate, 200, podJson("ns", "web"))) {
            RestClient c = track(RestClient.create(Config.builder().server(server.baseUrl()).build()));
            AtomicReference<String> thread = new AtomicReference<>();
            CompletableFuture<TestPod> f = c.get().namespace("ns").resource("pods").name("web").executeAsync(TestPod.class);
            CompletableFuture<TestPod> seen = f.thenApply(p -> {
                thread.set(Thread.currentThread().getName());
                return p;
            });
            gate.countDown();
            assertThat(seen.get(10, TimeUnit.SECONDS).metadata().name()).isEqualTo("web");
            assertThat(thread.get()).startsWith("kube4j-callback-");
        }
    }

    @Test
    void asyncUsesAGivenCallbackExecutorAndReportsErrors() throws Exception {
        ExecutorService mine = Executors.newSingleThreadExecutor(r -> new Thread(r, "my-callbacks"));
        CountDownLatch gate = new CountDownLatch(1);
        try (RawHttpServer server = gatedServer(gate, 404, status(404, "NotFound", "gone"))) {
            RestClient c = track(RestClient.builder(Config.builder().server(server.baseUrl()).build())
                    .callbackExecutor(mine).build());
            AtomicReference<String> thread = new AtomicReference<>();
            CompletableFuture<TestPod> f = c.get().namespace("ns").resource("pods").name("gone").executeAsync(TestPod.class);
            CompletableFuture<Object> handled = f.handle((v, e) -> {
                thread.set(Thread.currentThread().getName());
                return e;
            });
            gate.countDown();
            assertThat(handled.get(10, TimeUnit.SECONDS)).isInstanceOf(NotFoundException.class);
            assertThat(thread.get()).isEqualTo("my-callbacks");
            assertThatThrownBy(() -> f.get(1, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(NotFoundException.class);
            c.close();
            assertThat(mine.isShutdown()).as("a given executor is not the client's to shut down").isFalse();
        } finally {
            mine.shutdownNow();
        }
    }

    @Test
    void asyncCancelCancelsTheCall() throws Exception {
        WM.stubFor(get("/api/v1/slow").willReturn(okJson("{}").withFixedDelay(5000)));
        CompletableFuture<Map> f = client().get().resource("slow").executeAsync(Map.class);
        assertThat(f.cancel(true)).isTrue();
        assertThat(f.isCancelled()).isTrue();
    }

    @Test
    void streamsBodies() throws Exception {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods/web/log"))
                .willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody("line 1\nline 2\n")));
        try (InputStream in = client().get().namespace("ns").resource("pods").name("web").subresource("log")
                .param("follow", true).stream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("line 1\nline 2\n");
        }
        WM.verify(getRequestedFor(urlEqualTo("/api/v1/namespaces/ns/pods/web/log?follow=true")));
    }

    @Test
    void closeStopsEveryThreadItStartedAndRefusesNewCalls() throws Exception {
        Set<Thread> before = new HashSet<>(kube4jThreads());
        WM.stubFor(get("/api/v1/namespaces/ns/pods/web").willReturn(okJson(podJson("ns", "web"))));
        WM.stubFor(get(urlPathEqualTo("/api/v1/pods")).willReturn(okJson("{}").withFixedDelay(60_000)));
        RestClient c = RestClient.create(config());
        c.get().namespace("ns").resource("pods").name("web").executeAsync(TestPod.class).get(10, TimeUnit.SECONDS);
        CompletableFuture<Map> pending = c.get().resource("pods").executeAsync(Map.class);
        assertThat(kube4jThreads()).as("async calls ran on kube4j threads").hasSizeGreaterThan(before.size());
        c.close();
        c.close(); // idempotent
        Set<Thread> after = new HashSet<>(kube4jThreads());
        after.removeAll(before);
        assertThat(after).isEmpty();
        assertThatThrownBy(() -> pending.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertThatThrownBy(() -> c.get().resource("pods").execute(Map.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(c.isClosed()).isTrue();
    }

    @Test
    void userHeadersOverrideDefaults() {
        WM.stubFor(any(urlPathEqualTo("/api/v1/pods")).willReturn(okJson("{}")));
        client().get().resource("pods").header("Accept", "application/json;as=Table;v=v1;g=meta.k8s.io")
                .header("User-Agent", "custom").execute(Map.class);
        WM.verify(getRequestedFor(urlEqualTo("/api/v1/pods"))
                .withHeader("Accept", equalTo("application/json;as=Table;v=v1;g=meta.k8s.io"))
                .withHeader("User-Agent", equalTo("custom")));
    }
}
