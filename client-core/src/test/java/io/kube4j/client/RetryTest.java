package io.kube4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Retries as the API server needs them: 429 and 5xx with Retry-After for any call, connection failures for idempotent calls. */
class RetryTest extends WireMockSupport {

    /** Answers {@code first} for the first {@code times} calls, then {@code then}. */
    private static void sequence(Supplier<MappingBuilder> mapping, ResponseDefinitionBuilder first, int times,
            ResponseDefinitionBuilder then) {
        String state = STARTED;
        for (int i = 0; i < times; i++) {
            String next = "after-" + (i + 1);
            WM.stubFor(mapping.get().inScenario("seq").whenScenarioStateIs(state).willReturn(first).willSetStateTo(next));
            state = next;
        }
        WM.stubFor(mapping.get().inScenario("seq").whenScenarioStateIs(state).willReturn(then));
    }

    @Test
    void retries429WithRetryAfterThenSucceeds() {
        sequence(() -> get("/api/v1/pods"), aResponse().withStatus(429).withHeader("Retry-After", "0")
                .withBody(status(429, "TooManyRequests", "slow down")), 2, okJson("{\"items\":[]}"));
        TestPodList list = client().get().resource("pods").execute(TestPodList.class);
        assertThat(list.items()).isEmpty();
        WM.verify(3, getRequestedFor(urlEqualTo("/api/v1/pods")));
    }

    @Test
    void respectsASecondOfRetryAfter() {
        sequence(() -> get("/api/v1/pods"), aResponse().withStatus(429).withHeader("Retry-After", "1"), 1, okJson("{}"));
        client().get().resource("pods").execute(Map.class);
        WM.verify(2, getRequestedFor(urlEqualTo("/api/v1/pods")));
    }

    @Test
    void retries429WithoutRetryAfterWithBackoffEvenForPost() {
        sequence(() -> post("/api/v1/namespaces/ns/pods"), aResponse().withStatus(429), 1, okJson(podJson("ns", "a")));
        client().post().namespace("ns").resource("pods").body(TestPod.of("ns", "a")).execute(TestPod.class);
        WM.verify(2, postRequestedFor(urlEqualTo("/api/v1/namespaces/ns/pods")));
    }

    @Test
    void retries503WithRetryAfter() {
        sequence(() -> post("/api/v1/namespaces/ns/pods"), aResponse().withStatus(503).withHeader("Retry-After", "0")
                .withBody(status(503, "ServiceUnavailable", "etcd")), 1, okJson(podJson("ns", "a")));
        client().post().namespace("ns").resource("pods").body(TestPod.of("ns", "a")).execute(TestPod.class);
        WM.verify(2, postRequestedFor(urlEqualTo("/api/v1/namespaces/ns/pods")));
    }

    @Test
    void doesNotRetry5xxWithoutRetryAfter() {
        WM.stubFor(get("/api/v1/pods").willReturn(aResponse().withStatus(503)
                .withBody(status(503, "ServiceUnavailable", "down"))));
        assertThatThrownBy(() -> client().get().resource("pods").execute(Map.class))
                .isInstanceOf(ServerErrorException.class).hasMessageContaining("503 ServiceUnavailable: down");
        WM.verify(1, getRequestedFor(urlEqualTo("/api/v1/pods")));
    }

    @Test
    void givesUpAfterMaxRetriesWithTheLastAnswer() {
        WM.stubFor(get("/api/v1/pods").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
                .withBody(status(429, "TooManyRequests", "busy"))));
        assertThatThrownBy(() -> client().get().resource("pods").execute(Map.class))
                .isInstanceOfSatisfying(TooManyRequestsException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ZERO));
        WM.verify(1 + FAST_RETRIES.maxRetries(), getRequestedFor(urlEqualTo("/api/v1/pods")));
    }

    @Test
    void configMaxRetriesIsTheBudget() {
        WM.stubFor(get("/api/v1/pods").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));
        Config config = Config.builder().server(WM.baseUrl()).qps(0).maxRetries(1).build();
        assertThatThrownBy(() -> track(RestClient.create(config)).get().resource("pods").execute(Map.class))
                .isInstanceOf(TooManyRequestsException.class);
        WM.verify(2, getRequestedFor(urlEqualTo("/api/v1/pods")));
    }

    @Test
    void postIsNotRetriedAfterAConnectionReset() {
        WM.stubFor(post("/api/v1/namespaces/ns/pods").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> client().post().namespace("ns").resource("pods").body(TestPod.of("ns", "a"))
                .execute(TestPod.class))
                .isInstanceOf(TransportException.class)
                .hasMessageStartingWith("POST /api/v1/namespaces/ns/pods: ");
        WM.verify(1, postRequestedFor(urlEqualTo("/api/v1/namespaces/ns/pods")));
    }

    @Test
    void getIsRetriedAfterAConnectionReset() {
        sequence(() -> get("/api/v1/pods"), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), 1, okJson("{\"items\":[]}"));
        assertThat(client().get().resource("pods").execute(TestPodList.class).items()).isEmpty();
        assertThat(WM.findAll(getRequestedFor(urlEqualTo("/api/v1/pods")))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void postMarkedIdempotentIsRetriedAfterAConnectionReset() {
        sequence(() -> post("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), 1, okJson("{\"status\":{\"allowed\":true}}"));
        @SuppressWarnings("unchecked")
        Map<String, Object> review = client().post().group("authorization.k8s.io").version("v1").resource("selfsubjectaccessreviews")
                .body("{}").idempotent(true).execute(Map.class);
        assertThat(review).containsKey("status");
    }

    @Test
    void asyncCallsRetryToo() throws Exception {
        sequence(() -> get("/api/v1/pods"), aResponse().withStatus(429).withHeader("Retry-After", "0"), 2,
                okJson("{\"items\":[]}"));
        TestPodList list = client().get().resource("pods").executeAsync(TestPodList.class).get(10, TimeUnit.SECONDS);
        assertThat(list.items()).isEmpty();
        WM.verify(3, getRequestedFor(urlEqualTo("/api/v1/pods")));
    }

    @Test
    void rateLimitedClientStillCompletesCalls() {
        WM.stubFor(get("/api/v1/pods").willReturn(okJson("{}")));
        RestClient limited = track(RestClient.builder(config()).rateLimit(1000, 2).build());
        for (int i = 0; i < 5; i++) {
            limited.get().resource("pods").execute(Map.class);
        }
        WM.verify(5, getRequestedFor(urlEqualTo("/api/v1/pods")));
    }

    @Test
    void interruptDuringRetryBackoffEndsTheCallAndKeepsTheFlag() throws Exception {
        WM.stubFor(get("/api/v1/pods").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));
        RestClient c = track(RestClient.builder(config()).build()); // default policy: honours 30 s
        CompletableFuture<Object[]> outcome = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                c.get().resource("pods").execute(Map.class);
                outcome.complete(new Object[] {null, Thread.currentThread().isInterrupted()});
            } catch (RuntimeException e) {
                outcome.complete(new Object[] {e, Thread.currentThread().isInterrupted()});
            }
        });
        caller.start();
        while (WM.findAll(getRequestedFor(urlEqualTo("/api/v1/pods"))).isEmpty()) {
            Thread.sleep(10);
        }
        caller.interrupt();
        Object[] result = outcome.get(10, TimeUnit.SECONDS);
        assertThat(result[0]).isInstanceOf(TransportException.class);
        assertThat(((Exception) result[0]).getMessage()).contains("interrupted");
        assertThat(result[1]).isEqualTo(true);
    }

    @Test
    void interruptedBeforeTheCallRestoresTheFlag() {
        WM.stubFor(get("/api/v1/pods").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));
        RestClient c = client();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> c.get().resource("pods").execute(Map.class))
                    .isInstanceOf(TransportException.class).hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
