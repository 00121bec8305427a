package io.kube4j.dynamic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.kube4j.api.schema.GroupVersionResource;
import io.kube4j.client.ApplyOptions;
import io.kube4j.client.Config;
import io.kube4j.client.CreateOptions;
import io.kube4j.client.DeleteOptions;
import io.kube4j.client.EventType;
import io.kube4j.client.ListOptions;
import io.kube4j.client.PatchType;
import io.kube4j.client.Propagation;
import io.kube4j.client.RestClient;
import io.kube4j.client.UnsupportedMediaTypeException;
import io.kube4j.client.Watch;
import io.kube4j.client.WatchEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Wire-level behaviour of the dynamic views: paths, scopes, parameters, headers and bodies. */
class DynamicClientTest {
    @RegisterExtension
    static final WireMockExtension WM = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final GroupVersionResource WIDGETS = GroupVersionResource.of("example.com", "v1", "widgets");
    static final String WIDGET = "{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\",\"metadata\":{\"name\":\"w\","
            + "\"namespace\":\"ns\",\"resourceVersion\":\"5\"},\"spec\":{\"size\":3}}";

    RestClient client;
    DynamicClient dyn;

    @BeforeEach
    void setUp() {
        client = RestClient.create(Config.builder().server(WM.baseUrl()).qps(0).maxRetries(0).build());
        dyn = DynamicClient.create(client);
        WM.stubFor(any(anyUrl()).willReturn(json(WIDGET)));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    private static LoggedRequest only() {
        List<LoggedRequest> all = WM.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static String line(LoggedRequest r) {
        return r.getMethod() + " " + r.getUrl();
    }

    @Test
    void scopesAndPaths() {
        Unstructured w = dyn.resource(WIDGETS).inNamespace("ns").get("w");
        assertThat(w.getNestedLong("spec", "size")).contains(3L);
        assertThat(line(only())).isEqualTo("GET /apis/example.com/v1/namespaces/ns/widgets/w");
        WM.resetRequests();
        dyn.resource(GroupVersionResource.of("", "v1", "pods")).namespace("ns").find("p");
        assertThat(line(only())).isEqualTo("GET /api/v1/namespaces/ns/pods/p");
        WM.resetRequests();
        dyn.resource(GroupVersionResource.of("", "v1", "nodes")).get("n1");
        assertThat(line(only())).isEqualTo("GET /api/v1/nodes/n1");
        WM.resetRequests();
        dyn.resource(WIDGETS).list(ListOptions.labelSelector("app=web"));
        assertThat(line(only())).isEqualTo("GET /apis/example.com/v1/widgets?labelSelector=app%3Dweb");
        assertThat(dyn.resource(WIDGETS).namespace()).isEmpty();
        assertThat(dyn.resource(WIDGETS).inNamespace("ns").namespace()).contains("ns");
        assertThat(dyn.resource(WIDGETS).inNamespace("ns").resource()).isEqualTo(WIDGETS);
        assertThatThrownBy(() -> dyn.resource(GroupVersionResource.of("g", "", "x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesSendTheObjectAndTheOptions() {
        DynamicResourceClient widgets = dyn.resource(WIDGETS).inNamespace("ns");
        Unstructured w = Unstructured.fromJson(WIDGET);
        widgets.create(w.without("metadata", "namespace"), CreateOptions.builder().fieldManager("me").dryRun(true).build());
        LoggedRequest create = only();
        assertThat(line(create)).isEqualTo("POST /apis/example.com/v1/namespaces/ns/widgets?dryRun=All&fieldManager=me");
        assertThat(create.getBodyAsString()).isEqualTo(w.without("metadata", "namespace").toJson());
        WM.resetRequests();

        widgets.update(w);
        assertThat(line(only())).isEqualTo("PUT /apis/example.com/v1/namespaces/ns/widgets/w");
        WM.resetRequests();
        widgets.updateStatus(w);
        assertThat(line(only())).isEqualTo("PUT /apis/example.com/v1/namespaces/ns/widgets/w/status");
        WM.resetRequests();
        widgets.apply(w, ApplyOptions.fieldManager("me").force());
        LoggedRequest apply = only();
        assertThat(line(apply)).isEqualTo("PATCH /apis/example.com/v1/namespaces/ns/widgets/w?fieldManager=me&force=true");
        assertThat(apply.getHeader("Content-Type")).isEqualTo("application/apply-patch+yaml");
        WM.resetRequests();
        widgets.applyStatus(w, ApplyOptions.fieldManager("me"));
        assertThat(line(only())).isEqualTo("PATCH /apis/example.com/v1/namespaces/ns/widgets/w/status?fieldManager=me");

        assertThatThrownBy(() -> dyn.resource(WIDGETS).inNamespace("other").update(w))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match");
    }

    @Test
    void patchesCarryTheirContentType() {
        DynamicResourceClient widgets = dyn.resource(WIDGETS).inNamespace("ns");
        for (PatchType type : List.of(PatchType.JSON, PatchType.MERGE, PatchType.STRATEGIC_MERGE)) {
            WM.resetRequests();
            widgets.patch("w", type, type == PatchType.JSON ? "[]" : "{}");
            assertThat(only().getHeader("Content-Type")).isEqualTo(type.contentType());
        }
        WM.resetRequests();
        widgets.patchStatus("w", PatchType.MERGE, "{}");
        assertThat(line(only())).isEqualTo("PATCH /apis/example.com/v1/namespaces/ns/widgets/w/status");
        WM.resetRequests();
        widgets.patchScale("w", PatchType.MERGE, "{\"spec\":{\"replicas\":2}}");
        assertThat(line(only())).isEqualTo("PATCH /apis/example.com/v1/namespaces/ns/widgets/w/scale");
    }

    @Test
    void strategicMergeRefusalSaysWhatToUseInstead() {
        WM.stubFor(patch(urlPathEqualTo("/apis/example.com/v1/namespaces/ns/widgets/w")).atPriority(1)
                .willReturn(json("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"the body "
                        + "of the request was in an unknown format - accepted media types include: "
                        + "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml\","
                        + "\"reason\":\"UnsupportedMediaType\",\"code\":415}").withStatus(415)));
        DynamicResourceClient widgets = dyn.resource(WIDGETS).inNamespace("ns");
        assertThatThrownBy(() -> widgets.patch("w", PatchType.STRATEGIC_MERGE, "{}"))
                .isInstanceOfSatisfying(UnsupportedMediaTypeException.class, e -> {
                    assertThat(e.code()).isEqualTo(415);
                    assertThat(e.request()).isEqualTo("PATCH /apis/example.com/v1/namespaces/ns/widgets/w");
                })
                .hasMessageEndingWith("application/apply-patch+yaml (strategic merge patch is not supported for this "
                        + "resource (custom resources have no patch strategy): use PatchType.MERGE, PatchType.JSON or "
                        + "server-side apply)");
        assertThatThrownBy(() -> widgets.patch("w", PatchType.MERGE, "{}"))
                .isInstanceOf(UnsupportedMediaTypeException.class).hasMessageNotContaining("strategic merge patch is not");
    }

    @Test
    void deletesAndSubresources() {
        DynamicResourceClient widgets = dyn.resource(WIDGETS).inNamespace("ns");
        widgets.delete("w", DeleteOptions.propagation(Propagation.FOREGROUND));
        LoggedRequest delete = only();
        assertThat(line(delete)).isEqualTo("DELETE /apis/example.com/v1/namespaces/ns/widgets/w");
        assertThat(delete.getBodyAsString()).contains("\"propagationPolicy\":\"Foreground\"");
        WM.resetRequests();
        widgets.deleteCollection(ListOptions.labelSelector("tier=a"));
        assertThat(line(only())).isEqualTo("DELETE /apis/example.com/v1/namespaces/ns/widgets?labelSelector=tier%3Da");
        WM.resetRequests();
        widgets.getScale("w");
        assertThat(line(only())).isEqualTo("GET /apis/example.com/v1/namespaces/ns/widgets/w/scale");
        WM.resetRequests();
        widgets.updateScale("w", Unstructured.of("autoscaling/v1", "Scale").with(List.of("spec", "replicas"), 3));
        LoggedRequest scale = only();
        assertThat(line(scale)).isEqualTo("PUT /apis/example.com/v1/namespaces/ns/widgets/w/scale");
        assertThat(scale.getBodyAsString()).isEqualTo("{\"apiVersion\":\"autoscaling/v1\",\"kind\":\"Scale\",\"spec\":{\"replicas\":3}}");
        WM.resetRequests();
        dyn.resource(GroupVersionResource.of("", "v1", "pods")).inNamespace("ns").createSubresource("p", "eviction",
                Unstructured.of("policy/v1", "Eviction").withName("p"));
        assertThat(line(only())).isEqualTo("POST /api/v1/namespaces/ns/pods/p/eviction");
    }

    @Test
    void listAllPagesAndWatchDecodesUnstructured() throws Exception {
        String page = "{\"apiVersion\":\"example.com/v1\",\"kind\":\"WidgetList\",\"metadata\":{\"continue\":\"%s\"},"
                + "\"items\":[{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\",\"metadata\":{\"name\":\"%s\"}}]}";
        WM.stubFor(get(urlPathEqualTo("/apis/example.com/v1/widgets")).withQueryParam("limit", equalTo("1")).atPriority(1)
                .willReturn(json(page.formatted("t1", "a"))));
        WM.stubFor(get(urlPathEqualTo("/apis/example.com/v1/widgets")).withQueryParam("continue", equalTo("t1")).atPriority(0)
                .willReturn(json(page.formatted("", "b"))));
        assertThat(dyn.resource(WIDGETS).listAll(ListOptions.limit(1)).map(Unstructured::name)
                .collect(Collectors.toList())).containsExactly("a", "b");

        WM.stubFor(get(urlPathEqualTo("/apis/example.com/v1/namespaces/ns/widgets")).withQueryParam("watch", equalTo("true"))
                .atPriority(0).willReturn(json("{\"type\":\"ADDED\",\"object\":" + WIDGET + "}\n"
                        + "{\"type\":\"BOOKMARK\",\"object\":{\"kind\":\"Widget\",\"apiVersion\":\"example.com/v1\","
                        + "\"metadata\":{\"resourceVersion\":\"9\"}}}\n")));
        List<WatchEvent<Unstructured>> events = new ArrayList<>();
        try (Watch<Unstructured> watch = dyn.resource(WIDGETS).inNamespace("ns").watch()) {
            watch.forEach(events::add);
        }
        assertThat(events).extracting(WatchEvent::type).containsExactly(EventType.ADDED, EventType.BOOKMARK);
        assertThat(events.get(0).object().getNestedLong("spec", "size")).contains(3L);
        assertThat(events.get(1).object().resourceVersion()).isEqualTo("9");
    }

    @Test
    void engineTypeForInformers() {
        var namespaced = DynamicClient.resourceType(WIDGETS, true);
        assertThat(namespaced.apiPath()).isEqualTo("/apis/example.com/v1");
        assertThat(namespaced.plural()).isEqualTo("widgets");
        assertThat(namespaced.namespaced()).isTrue();
        assertThat(namespaced.type()).isEqualTo(Unstructured.class);
        assertThat(namespaced.listType()).isEqualTo(UnstructuredList.class);
        assertThat(DynamicClient.resourceType(GroupVersionResource.of("", "v1", "nodes"), false).apiPath()).isEqualTo("/api/v1");
        WM.stubFor(any(anyUrl()).atPriority(0).willReturn(json("{}")));
        WM.resetRequests();
        client.resource(namespaced).create("ns", Unstructured.fromJson(WIDGET), CreateOptions.DEFAULT);
        assertThat(only().getBodyAsString()).isEqualTo(WIDGET);
    }
}
