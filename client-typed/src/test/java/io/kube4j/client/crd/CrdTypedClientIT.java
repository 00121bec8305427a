package io.kube4j.client.crd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.apiextensions.v1.CustomResourceDefinition;
import io.kube4j.api.autoscaling.v1.Scale;
import io.kube4j.api.intstr.IntOrString;
import io.kube4j.client.AlreadyExistsException;
import io.kube4j.client.ApplyOptions;
import io.kube4j.client.Config;
import io.kube4j.client.ConflictException;
import io.kube4j.client.EventType;
import io.kube4j.client.GenericResourceClient;
import io.kube4j.client.Json;
import io.kube4j.client.KubernetesClient;
import io.kube4j.client.ListOptions;
import io.kube4j.client.NotFoundException;
import io.kube4j.client.PatchType;
import io.kube4j.client.ResourceType;
import io.kube4j.client.Watch;
import io.kube4j.client.WatchEvent;
import io.kube4j.testcrd.v1.Gadget;
import io.kube4j.testcrd.v1.GadgetClient;
import io.kube4j.testcrd.v1.Widget;
import io.kube4j.testcrd.v1.WidgetClient;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.Poll;
import io.kube4j.testsupport.TestCluster;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client generated from src/test/resources/crds/widgets.yaml against the real server: the CRD is installed
 * from the same YAML (read into the typed CustomResourceDefinition model), then used through WidgetClient.
 */
@ExtendWith(KubeApiServerExtension.class)
class CrdTypedClientIT {
    private static KubernetesClient client;
    private static String ns;
    private static final List<String> INSTALLED = new ArrayList<>();

    @BeforeAll
    static void install(TestCluster cluster) throws IOException {
        client = KubernetesClient.create(Config.fromKubeconfig(cluster.kubeconfig()));
        ns = cluster.namespace();
        var crds = client.apiextensionsV1().customResourceDefinitions();
        try (InputStream in = CrdTypedClientIT.class.getResourceAsStream("/crds/widgets.yaml")) {
            for (var it = Json.yamlMapper().readerFor(CustomResourceDefinition.class)
                    .<CustomResourceDefinition>readValues(in); it.hasNext(); ) {
                CustomResourceDefinition crd = it.next();
                String name = crd.metadata().name();
                crds.find(name).filter(old -> old.metadata().deletionTimestamp() != null).ifPresent(old ->
                        Poll.until("an earlier run's " + name + " to be gone", () -> crds.find(name).isEmpty() ? true : null));
                try {
                    crds.create(crd);
                } catch (AlreadyExistsException e) {
                    // left by an interrupted earlier run: the same YAML, so reuse it
                }
                INSTALLED.add(crd.metadata().name());
            }
        }
        for (String name : INSTALLED) {
            Poll.until(name + " established", () -> crds.get(name).status().conditions().stream()
                    .anyMatch(c -> c.type().equals("Established") && c.status().equals("True")) ? true : null);
        }
        // Established in etcd is not yet served: the server's CRD handler learns it through its own watch.
        Poll.until("widgets served", () -> new WidgetClient(client.restClient(), ns).list() != null ? true : null);
        Poll.until("gadgets served", () -> new GadgetClient(client.restClient()).list() != null ? true : null);
    }

    @AfterAll
    static void uninstall() {
        for (String name : INSTALLED) {
            client.apiextensionsV1().customResourceDefinitions().delete(name);
        }
        client.close();
    }

    private static Widget widget(String name, int replicas) {
        return Widget.builder()
                .metadata(m -> m.name(name).putLabel("app", name))
                .spec(s -> s.size("small").replicas(replicas).port(IntOrString.of("http"))
                        .addContainer(c -> c.name("a").image("nginx").addPort(80))
                        .putLabel("tier", "web").config(Map.of("nested", Map.of("k", List.of(1, "two"))))
                        .template(t -> t.apiVersion("v1").kind("Pod").metadata(m -> m.name("tpl").putLabel("x", "y"))
                                .putExtra("spec", Map.of("containers", List.of(Map.of("name", "c", "image", "busybox"))))))
                .build();
    }

    @Test
    void everyVerbThroughTheGeneratedClient() {
        WidgetClient widgets = new WidgetClient(client.restClient(), ns);
        Widget created = widgets.create(widget("crud", 1));
        assertThat(created.metadata().uid()).isNotEmpty();
        assertThat(created.spec().port()).isEqualTo(IntOrString.of("http"));
        assertThat(created.spec().config()).isEqualTo(Map.of("nested", Map.of("k", List.of(1, "two"))));
        assertThat(created.spec().template().kind()).isEqualTo("Pod");
        assertThat(created.spec().template().metadata().labels()).containsEntry("x", "y");
        assertThat(created.spec().template().extras()).containsKey("spec");
        assertThat(widgets.get("crud")).isEqualTo(created);
        assertThat(widgets.list(ListOptions.labelSelector("app=crud")).items()).containsExactly(created);
        assertThat(widgets.listAll()).contains(created);

        Widget updated = widgets.update(created.toBuilder().spec(s -> s.port(IntOrString.of(8080))).build());
        assertThat(updated.spec().port()).isEqualTo(IntOrString.of(8080));
        assertThatThrownBy(() -> widgets.update(created)).isInstanceOf(ConflictException.class);
        Widget patched = widgets.patch("crud", PatchType.MERGE, "{\"spec\":{\"tags\":[\"p\"]}}");
        assertThat(patched.spec().tags()).containsExactly("p");
        Widget applied = widgets.apply(Widget.builder().metadata(m -> m.name("crud"))
                .spec(s -> s.size("large")).build(), ApplyOptions.fieldManager("crd-it").force());
        assertThat(applied.spec().size()).isEqualTo("large");
        assertThat(applied.spec().tags()).containsExactly("p");

        widgets.delete("crud");
        assertThat(widgets.find("crud")).isEmpty();
        assertThatThrownBy(() -> widgets.delete("crud")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void watchAcrossNamespaces() {
        try (Watch<Widget> watch = WidgetClient.allNamespaces(client.restClient())
                .watch(ListOptions.builder().labelSelector("app=watched").timeoutSeconds(60L).build())) {
            new WidgetClient(client.restClient(), ns).create(widget("watched", 1));
            WatchEvent<Widget> first = watch.iterator().next();
            assertThat(first.type()).isEqualTo(EventType.ADDED);
            assertThat(first.object().metadata().namespace()).isEqualTo(ns);
            assertThat(first.object().spec().containers().get(0).ports()).containsExactly(80);
        }
    }

    @Test
    void statusAndScaleSubresources() {
        WidgetClient widgets = new WidgetClient(client.restClient(), ns);
        Widget w = widgets.create(widget("scaled", 2));
        Widget afterStatus = widgets.updateStatus(w.toBuilder()
                .spec(s -> s.replicas(5))
                .status(st -> st.replicas(2).selector("app=scaled").phase("Ready")
                        .addCondition(c -> c.type("Ready").status("True")))
                .build());
        assertThat(afterStatus.spec().replicas()).isEqualTo(2);
        assertThat(afterStatus.status().phase()).isEqualTo("Ready");
        assertThat(widgets.getStatus("scaled").status().conditions()).extracting(c -> c.type()).containsExactly("Ready");
        Widget updated = widgets.update(afterStatus.toBuilder().status(st -> st.phase("Ignored")).build());
        assertThat(updated.status().phase()).isEqualTo("Ready");
        assertThat(widgets.patchStatus("scaled", PatchType.MERGE, "{\"status\":{\"phase\":\"Patched\"}}")
                .status().phase()).isEqualTo("Patched");

        Scale scale = widgets.getScale("scaled");
        assertThat(scale.spec().replicas()).isEqualTo(2);
        assertThat(scale.status().replicas()).isEqualTo(2);
        assertThat(scale.status().selector()).isEqualTo("app=scaled");
        widgets.updateScale("scaled", scale.toBuilder().spec(s -> s.replicas(4)).build());
        assertThat(widgets.get("scaled").spec().replicas()).isEqualTo(4);
        assertThat(widgets.patchScale("scaled", PatchType.MERGE, "{\"spec\":{\"replicas\":3}}").spec().replicas())
                .isEqualTo(3);
        widgets.delete("scaled");
    }

    @Test
    void fieldsTheModelDoesNotKnowSurviveAReadModifyUpdate() {
        // Written by "a newer client": fields the generated model lacks, kept by the server because spec has
        // x-kubernetes-preserve-unknown-fields.
        client.restClient().post().apiPath("/apis/typed.kube4j.io/v1").namespace(ns).resource("widgets")
                .body(Map.of("apiVersion", "typed.kube4j.io/v1", "kind", "Widget",
                        "metadata", Map.of("name", "future"),
                        "spec", Map.of("size", "small", "replicas", 1,
                                "futureField", Map.of("a", List.of(1, 2), "b", "x"), "futureScalar", 7)))
                .execute(Map.class);
        WidgetClient widgets = new WidgetClient(client.restClient(), ns);
        Widget read = widgets.get("future");
        assertThat(read.spec().extras()).containsEntry("futureScalar", 7)
                .containsEntry("futureField", Map.of("a", List.of(1, 2), "b", "x"));
        widgets.update(read.toBuilder().spec(s -> s.replicas(3)).build());

        Map<?, ?> raw = client.restClient().get().apiPath("/apis/typed.kube4j.io/v1").namespace(ns)
                .resource("widgets").name("future").execute(Map.class);
        Map<?, ?> spec = (Map<?, ?>) raw.get("spec");
        assertThat(spec.get("replicas")).isEqualTo(3);
        assertThat(spec.get("futureField")).isEqualTo(Map.of("a", List.of(1, 2), "b", "x"));
        assertThat(spec.get("futureScalar")).isEqualTo(7);
        widgets.delete("future");
    }

    @Test
    void genericAccessAndOtherVersions() {
        assertThat((Object) ResourceType.of(Widget.class)).isEqualTo(WidgetClient.TYPE);
        GenericResourceClient<Widget> generic = client.resources(Widget.class).inNamespace(ns);
        Widget created = generic.create(widget("generic", 1));
        assertThat(generic.get("generic")).isEqualTo(created);
        assertThat(generic.list().items()).contains(created);
        assertThat(client.resources(Widget.class).list().items()).extracting(x -> x.metadata().namespace())
                .contains(ns);

        var v1beta1 = new io.kube4j.testcrd.v1beta1.WidgetClient(client.restClient(), ns).get("generic");
        assertThat(v1beta1.apiVersion()).isEqualTo("typed.kube4j.io/v1beta1");
        assertThat(v1beta1.spec().size()).isEqualTo("small");
        generic.delete("generic");
    }

    @Test
    void clusterScopedSchemalessKind() {
        String name = "g-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);
        GadgetClient gadgets = new GadgetClient(client.restClient());
        Gadget created = gadgets.create(Gadget.builder().metadata(m -> m.name(name))
                .putExtra("spec", Map.of("anything", List.of(1, Map.of("deep", true)))).build());
        assertThat(created.metadata().namespace()).isNull();
        assertThat(gadgets.get(name).extras()).containsEntry("spec", Map.of("anything", List.of(1,
                Map.of("deep", true))));
        assertThatThrownBy(() -> client.resources(Gadget.class).inNamespace(ns))
                .isInstanceOf(IllegalStateException.class);
        gadgets.delete(name);
    }
}
