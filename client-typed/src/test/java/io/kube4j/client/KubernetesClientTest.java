package io.kube4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.kube4j.api.GenericKubernetesList;
import io.kube4j.api.KubeResource;
import io.kube4j.api.KubernetesList;
import io.kube4j.api.KubernetesObject;
import io.kube4j.api.apps.v1.Deployment;
import io.kube4j.api.core.v1.Pod;
import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.client.core.v1.PodClient;
import io.kube4j.testcrd.v1.Gadget;
import io.kube4j.testcrd.v1.Widget;
import io.kube4j.testcrd.v1.WidgetClient;
import io.kube4j.testcrd.v1.WidgetList;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The facade: lifecycle, shared dynamic/discovery clients, typed access by model class. */
class KubernetesClientTest {
    @RegisterExtension
    static final WireMockExtension WM = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** A hand-written model with no list class. */
    @KubeResource(group = "example.com", version = "v1", kind = "Note", plural = "notes", namespaced = true)
    public record Note(String apiVersion, String kind, ObjectMeta metadata, String text) implements KubernetesObject {
    }

    /** A class a user forgot to annotate. */
    public record Plain(String apiVersion, String kind, ObjectMeta metadata) implements KubernetesObject {
    }

    private static Config config() {
        return Config.builder().server(WM.baseUrl()).qps(0).maxRetries(0).build();
    }

    private static Set<String> kube4jThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("kube4j-")).collect(Collectors.toSet());
    }

    @Test
    void ownsItsRestClientAndClosesItOnce() {
        Set<String> before = kube4jThreads();
        KubernetesClient client = KubernetesClient.create(config());
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods/web")).willReturn(okJson(
                TypedClientWireTest.pod("ns", "web"))));
        assertThat(client.coreV1().pods("ns").get("web").metadata().name()).isEqualTo("web");
        assertThat(client.config().server()).isEqualTo(config().server());
        assertThat(client.restClient()).isSameAs(client.restClient());
        assertThat(client.dynamic()).isSameAs(client.dynamic());
        assertThat(client.dynamic().restClient()).isSameAs(client.restClient());
        assertThat(client.discovery()).isSameAs(client.discovery());
        assertThat(client.toString()).contains(WM.baseUrl());
        client.close();
        client.close();
        assertThat(client.restClient().isClosed()).isTrue();
        assertThat(kube4jThreads()).isSubsetOf(before);
        assertThatThrownBy(() -> client.coreV1().pods("ns").get("web")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void aGivenRestClientIsUsedAndLeftOpen() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods/web")).willReturn(okJson(
                TypedClientWireTest.pod("ns", "web"))));
        try (RestClient rest = RestClient.create(config())) {
            KubernetesClient client = KubernetesClient.create(config(), rest);
            assertThat(client.restClient()).isSameAs(rest);
            assertThat(client.coreV1().pods("ns").get("web").metadata().name()).isEqualTo("web");
            client.close();
            assertThat(rest.isClosed()).as("not the facade's to close").isFalse();
            assertThat(client.coreV1().pods("ns").get("web").metadata().name()).isEqualTo("web");
        }
    }

    @Test
    void resourceTypesComeFromTheModelClass() {
        try (KubernetesClient client = KubernetesClient.create(config())) {
            assertThat((Object) client.resourceType(Pod.class)).isEqualTo(PodClient.TYPE);
            assertThat((Object) client.resourceType(Widget.class)).isEqualTo(WidgetClient.TYPE);
            assertThat(client.resourceType(Deployment.class).plural()).isEqualTo("deployments");
            assertThatThrownBy(() -> client.resourceType(Plain.class)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Plain has no @io.kube4j.api.KubeResource annotation");
        }
    }

    @Test
    void genericAccessToCrdAndHandWrittenClasses() {
        WM.resetAll();
        WM.stubFor(get(urlPathEqualTo("/apis/typed.kube4j.io/v1/namespaces/ns/widgets")).willReturn(okJson(
                "{\"apiVersion\":\"typed.kube4j.io/v1\",\"kind\":\"WidgetList\",\"items\":[{\"metadata\":{\"name\":"
                        + "\"w1\"},\"spec\":{\"size\":\"small\",\"port\":8080}}]}")));
        WM.stubFor(get(urlPathEqualTo("/apis/example.com/v1/notes")).willReturn(okJson(
                "{\"items\":[{\"metadata\":{\"name\":\"n1\",\"namespace\":\"a\"},\"text\":\"hi\"}]}")));
        try (KubernetesClient client = KubernetesClient.create(config())) {
            GenericResourceClient<Widget> widgets = client.resources(Widget.class).inNamespace("ns");
            KubernetesList<Widget> list = widgets.list();
            assertThat(list).isInstanceOf(WidgetList.class);
            assertThat(list.items().get(0).spec().port().intValue()).isEqualTo(8080);
            assertThat(widgets.namespace()).contains("ns");

            GenericResourceClient<Note> notes = client.resources(Note.class);
            KubernetesList<Note> all = notes.list();
            assertThat(all).isInstanceOf(GenericKubernetesList.class);
            assertThat(all.items()).containsExactly(new Note(null, null, ObjectMeta.builder().name("n1")
                    .namespace("a").build(), "hi"));

            assertThatThrownBy(() -> client.resources(Gadget.class).inNamespace("ns"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("gadgets (Gadget) is cluster-scoped");
            WM.resetRequests();
            assertThatThrownBy(() -> notes.get("n1")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("notes is namespaced: a namespace is required");
            assertThat(WM.findAll(anyRequestedFor(anyUrl()))).isEmpty();
            assertThatThrownBy(() -> client.resources(Plain.class)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("has no @io.kube4j.api.KubeResource annotation");
            assertThat(client.resources(ResourceType.namespaced(io.kube4j.api.schema.GroupVersionKind.of(
                    "example.com", "v1", "Note"), "notes", Note.class)).inNamespace("b").toString())
                    .contains("notes.example.com/v1", "namespace=b");
        }
    }

    @Test
    void genericStatusAndScaleSubresources() {
        WM.resetAll();
        String widget = "{\"metadata\":{\"name\":\"w\",\"namespace\":\"ns\"},\"status\":{\"phase\":\"Up\"}}";
        String scale = "{\"spec\":{\"replicas\":2}}";
        String base = "/apis/typed.kube4j.io/v1/namespaces/ns/widgets/w";
        WM.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(urlPathEqualTo(base + "/status"))
                .willReturn(okJson(widget)));
        WM.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(urlPathEqualTo(base + "/scale"))
                .willReturn(okJson(scale)));
        try (KubernetesClient client = KubernetesClient.create(config())) {
            GenericResourceClient<Widget> widgets = client.resources(Widget.class).inNamespace("ns");
            assertThat(widgets.getStatus("w", GetOptions.resourceVersion("0")).status().phase()).isEqualTo("Up");
            Widget w = Widget.builder().metadata(m -> m.name("w")).build();
            assertThat(widgets.updateStatus(w).metadata().namespace()).isEqualTo("ns");
            widgets.patchStatus("w", PatchType.MERGE, "{}");
            assertThat(widgets.getScale("w").spec().replicas()).isEqualTo(2);
            widgets.updateScale("w", io.kube4j.api.autoscaling.v1.Scale.builder().spec(sp -> sp.replicas(3)).build());
            widgets.patchScale("w", PatchType.MERGE, "{}", PatchOptions.DRY_RUN);
        }
        assertThat(WM.findAll(anyRequestedFor(anyUrl()))).extracting(r -> r.getMethod().getName() + " " + r.getUrl())
                .containsExactly("GET " + base + "/status?resourceVersion=0", "PUT " + base + "/status",
                        "PATCH " + base + "/status", "GET " + base + "/scale", "PUT " + base + "/scale",
                        "PATCH " + base + "/scale?dryRun=All");
    }

    @Test
    void genericListsKeepUnknownFields() {
        WM.stubFor(get(urlPathEqualTo("/apis/example.com/v1/namespaces/x/notes")).willReturn(okJson(
                "{\"kind\":\"NoteList\",\"items\":[],\"newField\":{\"a\":1}}")));
        try (KubernetesClient client = KubernetesClient.create(config())) {
            KubernetesList<Note> list = client.resources(Note.class).inNamespace("x").list();
            assertThat(((GenericKubernetesList<Note>) list).extras()).containsEntry("newField", Map.of("a", 1));
        }
    }
}
