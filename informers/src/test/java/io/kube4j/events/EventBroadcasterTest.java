package io.kube4j.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.kube4j.api.core.v1.Node;
import io.kube4j.api.core.v1.Pod;
import io.kube4j.client.Config;
import io.kube4j.client.Json;
import io.kube4j.client.RestClient;
import io.kube4j.testsupport.Kube4jThreads;
import io.kube4j.workqueue.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The broadcaster's wire behaviour against a scripted server. */
@Timeout(60)
class EventBroadcasterTest {
    @RegisterExtension
    static final WireMockExtension WM = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String V1 = "/apis/events.k8s.io/v1/namespaces/ns/events";
    private static final String CORE = "/api/v1/namespaces/ns/events";
    private static final String CREATED = "{\"apiVersion\":\"events.k8s.io/v1\",\"kind\":\"Event\"}";
    private static final Pod POD = Pod.builder()
            .metadata(m -> m.name("web").namespace("ns").uid("u-1").resourceVersion("7")).build();

    private final FakeClock clock = new FakeClock(Instant.parse("2024-05-01T10:00:00.123456789Z"));
    private final RestClient client = RestClient.create(Config.builder().server(WM.baseUrl()).qps(0)
            .maxRetries(0).build());
    private EventBroadcaster broadcaster;

    private EventRecorder recorder(Consumer<EventBroadcaster.Builder> tweak) {
        EventBroadcaster.Builder b = EventBroadcaster.builder(client).clock(clock).retry(3, Duration.ofMillis(20));
        tweak.accept(b);
        broadcaster = b.build();
        return broadcaster.newRecorder("example.com/ctl", "ctl-1");
    }

    private EventRecorder recorder() {
        return recorder(b -> { });
    }

    private static void servesEventsV1() {
        WM.stubFor(get(urlPathEqualTo("/apis/events.k8s.io/v1")).willReturn(okJson("{\"kind\":\"APIResourceList\","
                + "\"groupVersion\":\"events.k8s.io/v1\",\"resources\":[{\"name\":\"events\",\"namespaced\":true,"
                + "\"kind\":\"Event\",\"singularName\":\"\",\"verbs\":[\"create\",\"patch\"]}]}")));
        WM.stubFor(post(urlPathEqualTo(V1)).willReturn(okJson(CREATED).withStatus(201)));
        WM.stubFor(patch(urlPathMatching(V1 + "/.*")).willReturn(okJson(CREATED)));
    }

    private static List<LoggedRequest> requests(String method, String pathPrefix) {
        return WM.getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(r -> r.getMethod().getName().equals(method) && r.getUrl().startsWith(pathPrefix))
                .sorted((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate())).toList();
    }

    private static JsonNode body(LoggedRequest r) {
        try {
            return Json.mapper().readTree(r.getBodyAsString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @AfterEach
    void close() {
        if (broadcaster != null) {
            broadcaster.close();
        }
        client.close();
        assertThat(Kube4jThreads.awaitNone(Duration.ofSeconds(10))).isEmpty();
    }

    @Test
    void anEventIsCreatedInEventsV1WithEveryField() throws Exception {
        servesEventsV1();
        Pod related = Pod.builder().metadata(m -> m.name("db").namespace("ns")).build();

        recorder().eventf(POD, related, EventType.WARNING, "BackOff", "Restarting", "container %s crashed %d times",
                "nginx", 3);
        await("the create", () -> requests("POST", V1).size() == 1);

        LoggedRequest r = requests("POST", V1).get(0);
        JsonNode e = body(r);
        assertThat(r.getHeader("Content-Type")).startsWith("application/json");
        assertThat(e.path("apiVersion").asText()).isEqualTo("events.k8s.io/v1");
        assertThat(e.path("metadata").path("name").asText()).matches("web\\.[0-9a-f]+");
        assertThat(e.path("metadata").path("namespace").asText()).isEqualTo("ns");
        assertThat(e.path("eventTime").asText()).isEqualTo("2024-05-01T10:00:00.123456Z");
        assertThat(e.has("series")).isFalse();
        assertThat(e.path("type").asText()).isEqualTo("Warning");
        assertThat(e.path("reason").asText()).isEqualTo("BackOff");
        assertThat(e.path("action").asText()).isEqualTo("Restarting");
        assertThat(e.path("note").asText()).isEqualTo("container nginx crashed 3 times");
        assertThat(e.path("reportingController").asText()).isEqualTo("example.com/ctl");
        assertThat(e.path("reportingInstance").asText()).isEqualTo("ctl-1");
        assertThat(e.path("regarding").toString()).isEqualTo("{\"apiVersion\":\"v1\",\"kind\":\"Pod\","
                + "\"name\":\"web\",\"namespace\":\"ns\",\"resourceVersion\":\"7\",\"uid\":\"u-1\"}");
        assertThat(e.path("related").path("name").asText()).isEqualTo("db");
    }

    @Test
    void repeatsWhileAWriteIsInFlightCoalesceIntoOnePatchOfTheSeries() throws Exception {
        servesEventsV1();
        WM.stubFor(post(urlPathEqualTo(V1)).willReturn(okJson(CREATED).withStatus(201).withFixedDelay(500)));
        EventRecorder rec = recorder();

        rec.eventf(POD, null, EventType.NORMAL, "Synced", "Sync", "synced");
        await("the worker to take the first", () -> broadcaster.queued() == 0);
        clock.advance(Duration.ofSeconds(30));
        for (int i = 0; i < 50; i++) {
            rec.eventf(POD, null, EventType.NORMAL, "Synced", "Sync", "synced");
        }
        await("the patch", () -> requests("PATCH", V1).size() == 1 && broadcaster.queued() == 0);

        String name = body(requests("POST", V1).get(0)).path("metadata").path("name").asText();
        LoggedRequest p = requests("PATCH", V1).get(0);
        assertThat(p.getUrl()).isEqualTo(V1 + "/" + name);
        assertThat(p.getHeader("Content-Type")).startsWith("application/merge-patch+json");
        assertThat(body(p).toString()).isEqualTo(
                "{\"series\":{\"count\":51,\"lastObservedTime\":\"2024-05-01T10:00:30.123456Z\"}}");
        assertThat(requests("POST", V1)).hasSize(1);
        assertThat(broadcaster.dropped()).isZero();
    }

    @Test
    void aRepeatAfterTheWindowStartsANewEvent() throws Exception {
        servesEventsV1();
        EventRecorder rec = recorder(b -> b.aggregationWindow(Duration.ofMinutes(1)));
        rec.eventf(POD, null, EventType.NORMAL, "Synced", "Sync", "synced");
        await("the create", () -> requests("POST", V1).size() == 1);
        clock.advance(Duration.ofSeconds(61));

        rec.eventf(POD, null, EventType.NORMAL, "Synced", "Sync", "synced");
        await("a second create", () -> requests("POST", V1).size() == 2);

        assertThat(body(requests("POST", V1).get(1)).path("metadata").path("name").asText())
                .isNotEqualTo(body(requests("POST", V1).get(0)).path("metadata").path("name").asText());
        assertThat(requests("PATCH", V1)).isEmpty();
    }

    @Test
    void withoutEventsV1OnTheServerEventsGoToCoreV1() throws Exception {
        WM.stubFor(get(urlPathEqualTo("/apis/events.k8s.io/v1")).willReturn(aResponse().withStatus(404)
                .withBody("404 page not found")));
        WM.stubFor(post(urlPathEqualTo(CORE)).willReturn(okJson("{\"kind\":\"Event\"}").withStatus(201)));
        WM.stubFor(patch(urlPathMatching(CORE + "/.*")).willReturn(okJson("{\"kind\":\"Event\"}")));
        EventRecorder rec = recorder();

        rec.eventf(POD, null, EventType.WARNING, "Failed", "Pull", "image missing");
        await("the create", () -> requests("POST", CORE).size() == 1);
        clock.advance(Duration.ofSeconds(5));
        rec.eventf(POD, null, EventType.WARNING, "Failed", "Pull", "image missing");
        await("the patch", () -> requests("PATCH", CORE).size() == 1);

        JsonNode e = body(requests("POST", CORE).get(0));
        assertThat(e.path("apiVersion").asText()).isEqualTo("v1");
        assertThat(e.path("involvedObject").path("name").asText()).isEqualTo("web");
        assertThat(e.path("message").asText()).isEqualTo("image missing");
        assertThat(e.path("count").asInt()).isEqualTo(1);
        assertThat(e.path("firstTimestamp").asText()).isEqualTo("2024-05-01T10:00:00Z");
        assertThat(e.path("lastTimestamp").asText()).isEqualTo("2024-05-01T10:00:00Z");
        assertThat(e.path("source").path("component").asText()).isEqualTo("example.com/ctl");
        assertThat(e.path("reportingComponent").asText()).isEqualTo("example.com/ctl");
        assertThat(e.path("reportingInstance").asText()).isEqualTo("ctl-1");
        assertThat(e.has("eventTime")).isFalse();
        JsonNode p = body(requests("PATCH", CORE).get(0));
        assertThat(p.path("count").asInt()).isEqualTo(2);
        assertThat(p.path("lastTimestamp").asText()).isEqualTo("2024-05-01T10:00:05Z");
        assertThat(requests("POST", "/apis/events.k8s.io")).isEmpty();
    }

    @Test
    void aForcedApiSkipsDiscovery() throws Exception {
        WM.stubFor(post(urlPathEqualTo(CORE)).willReturn(okJson("{\"kind\":\"Event\"}").withStatus(201)));

        recorder(b -> b.api(EventApi.CORE_V1)).eventf(POD, null, EventType.NORMAL, "R", "A", "n");
        await("the create", () -> requests("POST", CORE).size() == 1);

        assertThat(requests("GET", "/apis")).isEmpty();
    }

    @Test
    void aSeriesWhoseEventIsGoneIsCreatedAgainUnderTheSameName() throws Exception {
        servesEventsV1();
        WM.stubFor(patch(urlPathMatching(V1 + "/.*")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\","
                        + "\"status\":\"Failure\",\"reason\":\"NotFound\",\"code\":404}")));
        EventRecorder rec = recorder();
        rec.eventf(POD, null, EventType.NORMAL, "R", "A", "n");
        await("the create", () -> requests("POST", V1).size() == 1);

        rec.eventf(POD, null, EventType.NORMAL, "R", "A", "n");
        await("the re-create", () -> requests("POST", V1).size() == 2);

        JsonNode again = body(requests("POST", V1).get(1));
        assertThat(again.path("metadata").path("name").asText())
                .isEqualTo(body(requests("POST", V1).get(0)).path("metadata").path("name").asText());
        assertThat(again.path("series").path("count").asInt()).isEqualTo(2);
    }

    @Test
    void serverErrorsAndResetsAreRetriedButRejectionsAreNot() throws Exception {
        servesEventsV1();
        WM.stubFor(post(urlPathEqualTo(V1)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("reset"));
        WM.stubFor(post(urlPathEqualTo(V1)).inScenario("flaky").whenScenarioStateIs("reset")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
        WM.stubFor(post(urlPathEqualTo(V1)).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(okJson(CREATED).withStatus(201)).willSetStateTo("invalid"));
        WM.stubFor(post(urlPathEqualTo(V1)).inScenario("flaky").whenScenarioStateIs("invalid")
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                        .withBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
                                + "\"reason\":\"Invalid\",\"code\":422}")));
        EventRecorder rec = recorder();

        rec.eventf(POD, null, EventType.NORMAL, "First", "A", "n");
        await("three attempts", () -> requests("POST", V1).size() == 3 && broadcaster.queued() == 0);
        rec.eventf(POD, null, EventType.NORMAL, "Second", "A", "n");
        await("the rejection", () -> broadcaster.dropped() == 1);

        assertThat(requests("POST", V1)).hasSize(4);
    }

    @Test
    void aFullQueueDropsEventsInsteadOfBlockingTheCaller() throws Exception {
        servesEventsV1();
        WM.stubFor(post(urlPathEqualTo(V1)).willReturn(okJson(CREATED).withStatus(201).withFixedDelay(1000)));
        EventRecorder rec = recorder(b -> b.queueCapacity(2));
        rec.eventf(POD, null, EventType.NORMAL, "R0", "A", "n");
        await("the worker to take the first", () -> broadcaster.queued() == 0);

        for (int i = 1; i < 10; i++) {
            rec.eventf(POD, null, EventType.NORMAL, "R" + i, "A", "n");
        }

        assertThat(broadcaster.queued()).isEqualTo(2);
        assertThat(broadcaster.dropped()).isEqualTo(7);
        await("the queue to drain", () -> requests("POST", V1).size() == 3);
    }

    @Test
    void closeFlushesTheQueueAndStopsTheWorker() throws Exception {
        servesEventsV1();
        WM.stubFor(post(urlPathEqualTo(V1)).willReturn(okJson(CREATED).withStatus(201).withFixedDelay(100)));
        EventRecorder rec = recorder();
        for (int i = 0; i < 5; i++) {
            rec.eventf(POD, null, EventType.NORMAL, "R" + i, "A", "n");
        }

        broadcaster.close();

        assertThat(requests("POST", V1)).hasSize(5);
        assertThat(Kube4jThreads.alive()).noneMatch(n -> n.startsWith("kube4j-events-"));
        rec.eventf(POD, null, EventType.NORMAL, "Late", "A", "n");
        assertThat(broadcaster.dropped()).isEqualTo(1);
    }

    @Test
    void closeIsBoundedWhenTheServerDoesNotAnswer() throws Exception {
        servesEventsV1();
        WM.stubFor(post(urlPathEqualTo(V1)).willReturn(okJson(CREATED).withStatus(201).withFixedDelay(20_000)));
        EventRecorder rec = recorder(b -> b.closeTimeout(Duration.ofMillis(300)));
        for (int i = 0; i < 3; i++) {
            rec.eventf(POD, null, EventType.NORMAL, "R" + i, "A", "n");
        }
        await("the worker to send", () -> requests("GET", "/apis").size() == 1 && broadcaster.queued() == 2);

        broadcaster.close();

        assertThat(broadcaster.dropped()).isEqualTo(3);
        assertThat(Kube4jThreads.alive()).noneMatch(n -> n.startsWith("kube4j-events-"));
    }

    @Test
    void clusterScopedObjectsGetEventsInTheDefaultNamespace() throws Exception {
        servesEventsV1();
        WM.stubFor(post(urlPathEqualTo("/apis/events.k8s.io/v1/namespaces/default/events"))
                .willReturn(okJson(CREATED).withStatus(201)));

        recorder().eventf(Node.builder().metadata(m -> m.name("node-1")).build(), null, EventType.NORMAL,
                "NodeReady", "Check", "ready");

        await("the create", () -> requests("POST", "/apis/events.k8s.io/v1/namespaces/default/events").size() == 1);
    }

    @Test
    void theDefaultInstanceIsTheControllerAndHostName() {
        broadcaster = EventBroadcaster.create(client);
        EventRecorder rec = broadcaster.newRecorder("example.com/ctl");

        assertThat(rec.toString()).contains("reportingInstance=example.com/ctl-");
    }
}
