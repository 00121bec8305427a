package io.kube4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.schema.GroupVersionKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WatchTest extends WireMockSupport {
    private static final ResourceType<TestPod, TestPodList> PODS = ResourceType.namespaced(
            GroupVersionKind.of("", "v1", "Pod"), "pods", TestPod.class, TestPodList.class);
    private static final String EVENT_A = "{\"type\":\"ADDED\",\"object\":" + podJson("ns", "a") + "}\n";

    private static String resource(String name) throws IOException {
        try (InputStream in = WatchTest.class.getResourceAsStream("/rest/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private RestClient rawClient(RawHttpServer server, Duration idleMargin) {
        Config config = Config.builder().server(server.baseUrl()).qps(0).build();
        return track(RestClient.builder(config).retryPolicy(FAST_RETRIES).watchIdleMargin(idleMargin).build());
    }

    @Test
    void decodesEveryEventTypeAndAddsWatchParameters() throws Exception {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods")).willReturn(okJson(resource("watch-all-types.json"))
                .withChunkedDribbleDelay(7, 100)));
        List<EventType> types = new ArrayList<>();
        try (Watch<TestPod> watch = client().resource(PODS).watch("ns", ListOptions.builder().allowWatchBookmarks(true).build())) {
            for (WatchEvent<TestPod> e : watch) {
                types.add(e.type());
            }
            assertThat(watch.isOpen()).isFalse();
        }
        assertThat(types).containsExactly(EventType.ADDED, EventType.MODIFIED, EventType.BOOKMARK, EventType.DELETED);
        var request = WM.getAllServeEvents().get(0).getRequest();
        assertThat(request.queryParameter("watch").firstValue()).isEqualTo("true");
        assertThat(request.queryParameter("allowWatchBookmarks").firstValue()).isEqualTo("true");
        assertThat(Long.parseLong(request.queryParameter("timeoutSeconds").firstValue())).isBetween(300L, 600L);
    }

    @Test
    void goneErrorIsDeliveredAndEndsTheWatch() throws Exception {
        WM.stubFor(get(urlPathEqualTo("/api/v1/pods")).willReturn(okJson(resource("watch-error-gone.json"))));
        try (Watch<TestPod> watch = client().resource(PODS).watch(null, ListOptions.builder().resourceVersion("5").build())) {
            List<WatchEvent<TestPod>> events = watch.stream().collect(Collectors.toList());
            assertThat(events).hasSize(2);
            assertThat(events.get(1).isGone()).isTrue();
            assertThat(events.get(1).status()).hasValueSatisfying(s -> assertThat(s.reason()).isEqualTo("Expired"));
        }
    }

    @Test
    void nonSuccessAtStartIsTheMatchingApiException() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/a/pods")).willReturn(aResponse().withStatus(410)
                .withBody(status(410, "Expired", "too old resource version"))));
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/b/pods")).willReturn(aResponse().withStatus(403)
                .withBody(status(403, "Forbidden", "pods is forbidden"))));
        ResourceClient<TestPod, TestPodList> pods = client().resource(PODS);
        assertThatThrownBy(() -> pods.watch("a", ListOptions.DEFAULT)).isInstanceOf(GoneException.class);
        assertThatThrownBy(() -> pods.watch("b", ListOptions.DEFAULT)).isInstanceOf(ForbiddenException.class)
                .hasMessageStartingWith("GET /api/v1/namespaces/b/pods: 403 Forbidden");
    }

    @Test
    void garbageAndTruncatedStreamsEndWithSerializationException() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/garbage/pods")).willReturn(okJson(EVENT_A + "}{not json")));
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/truncated/pods")).willReturn(okJson(EVENT_A
                + "{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"b")));
        ResourceClient<TestPod, TestPodList> pods = client().resource(PODS);
        for (String ns : List.of("garbage", "truncated")) {
            try (Watch<TestPod> watch = pods.watch(ns, ListOptions.DEFAULT)) {
                Iterator<WatchEvent<TestPod>> it = watch.iterator();
                assertThat(it.next().object().metadata().name()).isEqualTo("a");
                assertThatThrownBy(it::hasNext).isInstanceOf(SerializationException.class);
                assertThat(it.hasNext()).as("ended after the failure").isFalse();
                assertThat(watch.isOpen()).isFalse();
            }
        }
    }

    @Test
    void streamCutMidEventIsATransportException() throws Exception {
        try (RawHttpServer server = new RawHttpServer((line, socket, out) -> {
            out.write(RawHttpServer.CHUNKED_JSON_HEADERS.getBytes(StandardCharsets.US_ASCII));
            RawHttpServer.chunk(out, EVENT_A + "{\"type\":\"MODIFIED\",\"object\":{\"metadata\":{\"na");
            socket.close(); // no terminating chunk: the connection dies mid-event
        })) {
            try (Watch<TestPod> watch = rawClient(server, Duration.ofSeconds(30)).resource(PODS).watch("ns", ListOptions.DEFAULT)) {
                Iterator<WatchEvent<TestPod>> it = watch.iterator();
                assertThat(it.next().type()).isEqualTo(EventType.ADDED);
                assertThatThrownBy(it::hasNext).isInstanceOf(TransportException.class)
                        .hasMessageStartingWith("GET /api/v1/namespaces/ns/pods: watch stream failed");
            }
        }
    }

    @Test
    void closeFromAnotherThreadEndsIterationPromptly() throws Exception {
        try (RawHttpServer server = new RawHttpServer((line, socket, out) -> {
            out.write(RawHttpServer.CHUNKED_JSON_HEADERS.getBytes(StandardCharsets.US_ASCII));
            RawHttpServer.chunk(out, EVENT_A);
            RawHttpServer.holdOpen(socket);
        })) {
            Watch<TestPod> watch = rawClient(server, Duration.ofSeconds(30)).resource(PODS).watch("ns", ListOptions.DEFAULT);
            CountDownLatch first = new CountDownLatch(1);
            CompletableFuture<Integer> count = CompletableFuture.supplyAsync(() -> {
                int n = 0;
                for (WatchEvent<TestPod> e : watch) {
                    n++;
                    first.countDown();
                }
                return n;
            });
            assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
            watch.close();
            assertThat(count.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(watch.isOpen()).isFalse();
            watch.close(); // idempotent
        }
    }

    @Test
    void idleGuardClosesASilentStream() throws Exception {
        try (RawHttpServer server = new RawHttpServer((line, socket, out) -> {
            out.write(RawHttpServer.CHUNKED_JSON_HEADERS.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            RawHttpServer.holdOpen(socket);
        })) {
            RestClient c = rawClient(server, Duration.ofMillis(200));
            try (Watch<TestPod> watch = c.resource(PODS).watch("ns", ListOptions.builder().timeoutSeconds(1).build())) {
                assertThatThrownBy(() -> watch.iterator().hasNext()).isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.isRetryable()).isTrue()).hasMessageContaining("idle guard");
            }
            assertThat(server.requests.get(0)).contains("timeoutSeconds=1").contains("watch=true");
        }
    }

    @Test
    void startDeliversEventsOnAKube4jThread() throws Exception {
        WM.stubFor(get(urlPathEqualTo("/api/v1/pods")).willReturn(okJson(resource("watch-all-types.json"))));
        List<String> threads = new CopyOnWriteArrayList<>();
        List<EventType> types = new CopyOnWriteArrayList<>();
        Watch<TestPod> watch = client().resource(PODS).watch(null, ListOptions.DEFAULT);
        watch.start(e -> {
            threads.add(Thread.currentThread().getName());
            types.add(e.type());
        }).get(10, TimeUnit.SECONDS);
        assertThat(types).hasSize(4);
        assertThat(threads).allSatisfy(t -> assertThat(t).startsWith("kube4j-watch-"));
        assertThatThrownBy(watch::iterator).isInstanceOf(IllegalStateException.class).hasMessageContaining("consumed once");
    }

    @Test
    void aFailingHandlerClosesTheWatchAndFailsTheFuture() throws Exception {
        WM.stubFor(get(urlPathEqualTo("/api/v1/pods")).willReturn(okJson(resource("watch-all-types.json"))));
        Watch<TestPod> watch = client().resource(PODS).watch(null, ListOptions.DEFAULT);
        CompletableFuture<Void> done = watch.start(e -> {
            throw new IllegalStateException("handler bug");
        });
        assertThatThrownBy(() -> done.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("handler bug");
        assertThat(watch.isOpen()).isFalse();
    }

    @Test
    void closingTheClientEndsRunningWatchesAndTheirThreads() throws Exception {
        try (RawHttpServer server = new RawHttpServer((line, socket, out) -> {
            out.write(RawHttpServer.CHUNKED_JSON_HEADERS.getBytes(StandardCharsets.US_ASCII));
            RawHttpServer.chunk(out, EVENT_A);
            RawHttpServer.holdOpen(socket);
        })) {
            Set<Thread> before = new HashSet<>(kube4jThreads());
            RestClient c = RestClient.create(Config.builder().server(server.baseUrl()).build());
            CountDownLatch first = new CountDownLatch(1);
            CompletableFuture<Void> running = c.resource(PODS).watch("ns", ListOptions.DEFAULT).start(e -> first.countDown());
            Watch<TestPod> iterated = c.resource(PODS).watch("ns", ListOptions.DEFAULT);
            assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
            c.close();
            running.get(10, TimeUnit.SECONDS);
            assertThat(iterated.isOpen()).isFalse();
            assertThat(iterated.iterator().hasNext()).isFalse();
            Set<Thread> after = new HashSet<>(kube4jThreads());
            after.removeAll(before);
            assertThat(after).isEmpty();
        }
    }
}
