package io.kube4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.kube4j.api.schema.GroupVersionKind;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every verb of the generic engine, checked on the wire. */
class ResourceClientTest extends WireMockSupport {
    static final ResourceType<TestPod, TestPodList> PODS = ResourceType.namespaced(
            GroupVersionKind.of("", "v1", "Pod"), "pods", TestPod.class, TestPodList.class);
    static final ResourceType<TestPod, TestPodList> WIDGETS = ResourceType.clusterScoped(
            GroupVersionKind.of("example.com", "v1beta1", "Widget"), "widgets", TestPod.class, TestPodList.class);

    private ResourceClient<TestPod, TestPodList> pods() {
        return client().resource(PODS);
    }

    /** Answers every request with {@code body} and returns the single request made by {@code call}. */
    private LoggedRequest onlyRequest(String body, Runnable call) {
        WM.stubFor(any(anyUrl()).willReturn(okJson(body)));
        call.run();
        List<LoggedRequest> all = WM.findAll(anyRequestedFor(anyUrl()));
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static String json(LoggedRequest r) {
        return r.getBodyAsString();
    }

    @Test
    void resourceTypePaths() {
        assertThat(PODS.apiPath()).isEqualTo("/api/v1");
        assertThat(WIDGETS.apiPath()).isEqualTo("/apis/example.com/v1beta1");
        assertThat(WIDGETS.namespaced()).isFalse();
        assertThat(PODS.toString()).isEqualTo("pods/v1 (namespaced)");
        assertThatThrownBy(() -> ResourceType.namespaced(GroupVersionKind.of("", "", "Pod"), "pods", TestPod.class,
                TestPodList.class)).hasMessageContaining("version");
    }

    @Test
    void getAndFind() {
        WM.stubFor(get("/api/v1/namespaces/ns/pods/web?resourceVersion=0").willReturn(okJson(podJson("ns", "web"))));
        WM.stubFor(get("/api/v1/namespaces/ns/pods/none").willReturn(aResponse().withStatus(404)
                .withBody(status(404, "NotFound", "pods \\\"none\\\" not found"))));
        ResourceClient<TestPod, TestPodList> pods = pods();
        assertThat(pods.get("ns", "web", GetOptions.resourceVersion("0")).metadata().name()).isEqualTo("web");
        assertThat(pods.find("ns", "none", GetOptions.DEFAULT)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> pods.get("ns", "none", GetOptions.DEFAULT)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listInOneNamespaceAndAcrossAll() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods")).willReturn(okJson("{\"kind\":\"PodList\","
                + "\"metadata\":{\"resourceVersion\":\"9\"},\"items\":[" + podJson("ns", "a") + "]}")));
        WM.stubFor(get(urlPathEqualTo("/api/v1/pods")).willReturn(okJson("{\"items\":[]}")));
        ResourceClient<TestPod, TestPodList> pods = pods();
        TestPodList list = pods.list("ns", ListOptions.builder().labelSelector("app in (a,b)").limit(10).build());
        assertThat(list.items()).extracting(p -> p.metadata().name()).containsExactly("a");
        assertThat(list.metadata().resourceVersion()).isEqualTo("9");
        assertThat(pods.list(null, ListOptions.DEFAULT).items()).isEmpty();
        WM.verify(getRequestedFor(urlEqualTo("/api/v1/namespaces/ns/pods?labelSelector=app%20in%20%28a%2Cb%29&limit=10")));
        WM.verify(getRequestedFor(urlEqualTo("/api/v1/pods")));
    }

    @Test
    void createTakesTheNamespaceFromTheObject() {
        LoggedRequest r = onlyRequest(podJson("ns", "web"),
                () -> pods().create(null, TestPod.of("ns", "web"), CreateOptions.builder().dryRun(true).fieldManager("me").build()));
        assertThat(r.getMethod().getName()).isEqualTo("POST");
        assertThat(r.getUrl()).isEqualTo("/api/v1/namespaces/ns/pods?dryRun=All&fieldManager=me");
        assertThat(r.getHeader("Content-Type")).startsWith("application/json");
        assertThat(json(r)).contains("\"name\":\"web\"");
    }

    @Test
    void updateAndUpdateStatus() {
        LoggedRequest r = onlyRequest(podJson("ns", "web"), () -> pods().update("ns", TestPod.of("ns", "web"), UpdateOptions.DEFAULT));
        assertThat(r.getMethod().getName()).isEqualTo("PUT");
        assertThat(r.getUrl()).isEqualTo("/api/v1/namespaces/ns/pods/web");
        WM.resetAll();
        r = onlyRequest(podJson("ns", "web"), () -> pods().updateStatus(null, TestPod.of("ns", "web"),
                UpdateOptions.fieldManager("kubelet")));
        assertThat(r.getUrl()).isEqualTo("/api/v1/namespaces/ns/pods/web/status?fieldManager=kubelet");
    }

    @Test
    void patchesWithTheirContentTypes() {
        LoggedRequest r = onlyRequest(podJson("ns", "web"), () -> pods().patch("ns", "web", PatchType.STRATEGIC_MERGE,
                "{\"metadata\":{\"labels\":{\"x\":\"y\"}}}", PatchOptions.DEFAULT));
        assertThat(r.getMethod().getName()).isEqualTo("PATCH");
        assertThat(r.getUrl()).isEqualTo("/api/v1/namespaces/ns/pods/web");
        assertThat(r.getHeader("Content-Type")).startsWith("application/strategic-merge-patch+json");
        assertThat(json(r)).isEqualTo("{\"metadata\":{\"labels\":{\"x\":\"y\"}}}");
        WM.resetAll();
        r = onlyRequest(podJson("ns", "web"), () -> pods().patchStatus("ns", "web", PatchType.JSON,
                "[{\"op\":\"remove\",\"path\":\"/status/x\"}]", PatchOptions.DEFAULT));
        assertThat(r.getUrl()).isEqualTo("/api/v1/namespaces/ns/pods/web/status");
        assertThat(r.getHeader("Content-Type")).startsWith("application/json-patch+json");
    }

    @Test
    void applyIsAnApplyPatchOfTheObject() {
        LoggedRequest r = onlyRequest(podJson("ns", "web"),
                () -> pods().apply(null, TestPod.of("ns", "web"), ApplyOptions.fieldManager("me").force()));
        assertThat(r.getMethod().getName()).isEqualTo("PATCH");
        assertThat(r.getUrl()).isEqualTo("/api/v1/namespaces/ns/pods/web?fieldManager=me&force=true");
        assertThat(r.getHeader("Content-Type")).startsWith("application/apply-patch+yaml");
        assertThat(r.getBodyAsString()).satisfies(b -> assertThat(equalToJson(
                "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"web\",\"namespace\":\"ns\"},"
                        + "\"spec\":{\"nodeName\":\"n1\"}}").match(b).isExactMatch()).isTrue());
        WM.resetAll();
        r = onlyRequest(podJson("ns", "web"), () -> pods().applyStatus("ns", TestPod.of("ns", "web"),
                ApplyOptions.fieldManager("ctl").dryRun()));
        assertThat(r.getUrl()).isEqualTo("/api/v1/namespaces/ns/pods/web/status?dryRun=All&fieldManager=ctl");
    }

    @Test
    void deleteSendsDeleteOptionsAsTheBody() {
        LoggedRequest r = onlyRequest(status(200, "", "ok"), () -> pods().delete("ns", "web", DeleteOptions.builder()
                .propagation(Propagation.FOREGROUND).gracePeriodSeconds(5)
                .preconditions(Preconditions.of("u-1", "42")).dryRun(true).build()));
        assertThat(r.getMethod().getName()).isEqualTo("DELETE");
        assertThat(r.getUrl()).isEqualTo("/api/v1/namespaces/ns/pods/web");
        assertThat(r.getHeader("Content-Type")).startsWith("application/json");
        assertThat(equalToJson("{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\",\"propagationPolicy\":\"Foreground\","
                + "\"gracePeriodSeconds\":5,\"preconditions\":{\"uid\":\"u-1\",\"resourceVersion\":\"42\"},"
                + "\"dryRun\":[\"All\"]}").match(r.getBodyAsString()).isExactMatch()).isTrue();
    }

    @Test
    void deleteCollectionSendsListOptionsAsQueryAndDeleteOptionsAsBody() {
        LoggedRequest r = onlyRequest("{\"items\":[]}", () -> pods().deleteCollection("ns",
                ListOptions.labelSelector("app=web"), DeleteOptions.propagation(Propagation.BACKGROUND)));
        assertThat(r.getMethod().getName()).isEqualTo("DELETE");
        assertThat(r.getUrl()).isEqualTo("/api/v1/namespaces/ns/pods?labelSelector=app%3Dweb");
        assertThat(equalToJson("{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\",\"propagationPolicy\":\"Background\"}")
                .match(r.getBodyAsString()).isExactMatch()).isTrue();
    }

    @Test
    void subresources() {
        WM.stubFor(get("/apis/example.com/v1beta1/widgets/w/scale").willReturn(okJson("{\"spec\":{\"replicas\":3}}")));
        WM.stubFor(any(urlPathEqualTo("/api/v1/namespaces/ns/pods/web/eviction")).willReturn(okJson("{}")));
        WM.stubFor(any(urlPathEqualTo("/apis/example.com/v1beta1/widgets/w/scale")).atPriority(10)
                .willReturn(okJson("{\"spec\":{\"replicas\":5}}")));
        RestClient c = client();
        ResourceClient<TestPod, TestPodList> widgets = c.resource(WIDGETS);
        assertThat(widgets.getSubresource(null, "w", "scale", Map.class)).containsKey("spec");
        assertThat(widgets.putSubresource(null, "w", "scale", Map.of("spec", Map.of("replicas", 5)), Map.class))
                .isEqualTo(Map.of("spec", Map.of("replicas", 5)));
        assertThat(widgets.patchSubresource(null, "w", "scale", PatchType.MERGE, "{\"spec\":{\"replicas\":5}}",
                PatchOptions.DEFAULT, Map.class)).isNotNull();
        c.resource(PODS).postSubresource("ns", "web", "eviction",
                Map.of("apiVersion", "policy/v1", "kind", "Eviction"), Map.class);
        List<String> calls = WM.getAllServeEvents().stream()
                .map(e -> e.getRequest().getMethod().getName() + " " + e.getRequest().getUrl() + " "
                        + e.getRequest().getHeader("Content-Type"))
                .sorted().collect(Collectors.toList());
        assertThat(calls).containsExactly(
                "GET /apis/example.com/v1beta1/widgets/w/scale null",
                "PATCH /apis/example.com/v1beta1/widgets/w/scale application/merge-patch+json",
                "POST /api/v1/namespaces/ns/pods/web/eviction application/json",
                "PUT /apis/example.com/v1beta1/widgets/w/scale application/json");
    }

    @Test
    void streamSubresourceForLogs() throws Exception {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods/web/log"))
                .willReturn(aResponse().withBody("hello\n")));
        try (InputStream in = pods().streamSubresource("ns", "web", "log", Map.of("container", "c1"))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello\n");
        }
        WM.verify(getRequestedFor(urlEqualTo("/api/v1/namespaces/ns/pods/web/log?container=c1")));
    }

    @Test
    void listAllFollowsContinueTokensLazily() {
        WM.stubFor(get("/api/v1/namespaces/ns/pods?resourceVersion=0&limit=2").willReturn(okJson(
                page("t1", podJson("ns", "a"), podJson("ns", "b")))));
        WM.stubFor(get("/api/v1/namespaces/ns/pods?limit=2&continue=t1").willReturn(okJson(page("t2"))));
        WM.stubFor(get("/api/v1/namespaces/ns/pods?limit=2&continue=t2").willReturn(okJson(
                page("", podJson("ns", "c")))));
        ListOptions options = ListOptions.builder().resourceVersion("0").limit(2).build();
        Stream<TestPod> all = pods().listAll("ns", options);
        assertThat(WM.getAllServeEvents()).as("nothing fetched before the stream is consumed").isEmpty();
        assertThat(all.map(p -> p.metadata().name())).containsExactly("a", "b", "c");
        assertThat(WM.getAllServeEvents()).hasSize(3);
    }

    @Test
    void listAllUsesADefaultPageSizeAndStopsEarly() {
        WM.stubFor(get("/api/v1/pods?limit=500").willReturn(okJson(page("t1", podJson("a", "x")))));
        assertThat(pods().listAll(null, ListOptions.DEFAULT).findFirst()).isPresent();
        assertThat(WM.getAllServeEvents()).hasSize(1);
    }

    @Test
    void listAllSurfacesAnExpiredContinueToken() {
        WM.stubFor(get("/api/v1/pods?limit=1").willReturn(okJson(page("old", podJson("a", "x")))));
        WM.stubFor(get("/api/v1/pods?limit=1&continue=old").willReturn(aResponse().withStatus(410).withBody(
                "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{\"continue\":\"fresh\"},\"status\":\"Failure\","
                        + "\"message\":\"The provided continue parameter is too old\",\"reason\":\"Expired\",\"code\":410}")));
        Stream<TestPod> all = pods().listAll(null, ListOptions.limit(1));
        assertThatThrownBy(() -> all.forEach(p -> { }))
                .isInstanceOfSatisfying(GoneException.class, e -> {
                    assertThat(e.isExpired()).isTrue();
                    assertThat(e.status().metadata().continueToken()).isEqualTo("fresh");
                })
                .hasMessageContaining("410 Expired");
    }

    @Test
    void watchPassesListOptions() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods")).willReturn(okJson("")));
        try (Watch<TestPod> w = pods().watch("ns", ListOptions.builder().resourceVersion("5").allowWatchBookmarks(true)
                .timeoutSeconds(30).build())) {
            assertThat(w.iterator().hasNext()).isFalse();
        }
        WM.verify(getRequestedFor(urlEqualTo(
                "/api/v1/namespaces/ns/pods?resourceVersion=5&timeoutSeconds=30&allowWatchBookmarks=true&watch=true")));
    }

    @Test
    void scopeIsChecked() {
        ResourceClient<TestPod, TestPodList> pods = pods();
        assertThatThrownBy(() -> pods.get(null, "web", GetOptions.DEFAULT)).hasMessageContaining("namespace is required");
        assertThatThrownBy(() -> pods.create(null, TestPod.of(null, "x"), CreateOptions.DEFAULT))
                .hasMessageContaining("namespace is required");
        assertThatThrownBy(() -> pods.create("a", TestPod.of("b", "x"), CreateOptions.DEFAULT))
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> pods.update("ns", TestPod.of("ns", null), UpdateOptions.DEFAULT))
                .hasMessageContaining("metadata.name");
        assertThatThrownBy(() -> pods.deleteCollection(null, ListOptions.DEFAULT, DeleteOptions.DEFAULT))
                .hasMessageContaining("namespace is required");
        assertThatThrownBy(() -> client().resource(WIDGETS).get("ns", "w", GetOptions.DEFAULT))
                .hasMessageContaining("cluster-scoped");
        assertThat(WM.getAllServeEvents()).as("nothing was sent").isEmpty();
    }

    @Test
    void clusterScopedVerbs() {
        LoggedRequest r = onlyRequest(podJson("", "w"), () -> client().resource(WIDGETS)
                .create(null, TestPod.of(null, "w"), CreateOptions.DEFAULT));
        assertThat(r.getUrl()).isEqualTo("/apis/example.com/v1beta1/widgets");
        assertThat(r.getHeader("Accept")).isEqualTo("application/json");
        assertThat(r.getHeader("User-Agent")).isEqualTo("kube4j-test/1.0");
        assertThat(r.containsHeader("Authorization")).isFalse();
        assertThat(r.getMethod().getName()).isEqualTo("POST");
    }

    private static String page(String continueToken, String... items) {
        return "{\"kind\":\"PodList\",\"metadata\":{\"continue\":\"" + continueToken + "\"},\"items\":["
                + String.join(",", items) + "]}";
    }
}
