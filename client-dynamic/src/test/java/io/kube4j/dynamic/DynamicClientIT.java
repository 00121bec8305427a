package io.kube4j.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.api.schema.GroupVersionResource;
import io.kube4j.client.AlreadyExistsException;
import io.kube4j.client.ApplyOptions;
import io.kube4j.client.Config;
import io.kube4j.client.ConflictException;
import io.kube4j.client.EventType;
import io.kube4j.client.ListOptions;
import io.kube4j.client.NotFoundException;
import io.kube4j.client.PatchOptions;
import io.kube4j.client.PatchType;
import io.kube4j.client.RestClient;
import io.kube4j.client.UnsupportedMediaTypeException;
import io.kube4j.client.Watch;
import io.kube4j.client.WatchEvent;
import io.kube4j.discovery.DiscoveryClient;
import io.kube4j.discovery.RestMapper;
import io.kube4j.discovery.RestMapping;
import io.kube4j.testsupport.AdminHttp;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.Poll;
import io.kube4j.testsupport.TestCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dynamic client, discovery and the RestMapper against the real kube-apiserver, over a fresh CRD. */
@ExtendWith(KubeApiServerExtension.class)
class DynamicClientIT {
    private static RestClient client;
    private static DynamicClient dyn;
    private static RestMapper mapper;
    private static String group;
    private static GroupVersionResource widgetsGvr;
    private static DynamicResourceClient widgets;
    private static AdminHttp admin;

    @BeforeAll
    static void setUp(TestCluster cluster) {
        admin = cluster.admin();
        client = RestClient.create(Config.fromKubeconfig(cluster.kubeconfig()));
        dyn = DynamicClient.create(client);
        mapper = RestMapper.create(DiscoveryClient.create(client));
        assertThat(mapper.mappingFor("configmaps").namespaced()).isTrue(); // primes the discovery cache
        group = Crds.uniqueGroup("w");
        dyn.resource(Crds.CRDS).create(Crds.widgetCrd(group));
        Crds.awaitEstablished(dyn, "widgets." + group);
        awaitDiscoverable(group);
        widgetsGvr = GroupVersionResource.of(group, "v1", "widgets");
        widgets = dyn.resource(widgetsGvr).inNamespace(cluster.namespace());
    }

    @AfterAll
    static void tearDown() {
        if (dyn != null) {
            Crds.delete(dyn, "widgets." + group);
        }
        if (client != null) {
            client.close();
        }
    }

    /**
     * Waits until the server's discovery lists the group and its widgets (checked without kube4j). The server
     * updates discovery asynchronously, in controllers of its own, after the CRD is Established: a RestMapper
     * refreshed in between would rightly not find the kind yet.
     */
    private static void awaitDiscoverable(String crdGroup) {
        Poll.until("discovery to serve " + crdGroup, () -> {
            boolean listed = admin.get("/apis").body().contains("\"name\":\"" + crdGroup + "\"");
            return listed && admin.get("/apis/" + crdGroup + "/v1").body().contains("\"name\":\"widgets\"") ? true : null;
        });
    }

    private static Unstructured widget(String name, int replicas, String color) {
        return Unstructured.of(group + "/v1", "Widget").withName(name)
                .with(List.of("spec"), Map.of("replicas", replicas, "color", color));
    }

    @Test
    void restMapperFindsTheCrdRightAfterItIsEstablished() {
        RestMapping m = mapper.mapping(GroupVersionKind.of(group, "v1", "Widget"));
        assertThat(m.resource()).isEqualTo(widgetsGvr);
        assertThat(m.namespaced()).isTrue();
        assertThat(mapper.mappingFor("wdg").resource()).isEqualTo(widgetsGvr);
        assertThat(mapper.mappingFor("widgets." + group).resource()).isEqualTo(widgetsGvr);
        var discovered = mapper.discovery().resources().resources(io.kube4j.api.schema.GroupVersion.of(group, "v1"));
        assertThat(discovered).singleElement().satisfies(r -> {
            assertThat(r.subresources()).extracting(s -> s.name()).containsExactlyInAnyOrder("status", "scale");
            assertThat(r.subresource("scale").get().kind()).isEqualTo(GroupVersionKind.of("autoscaling", "v1", "Scale"));
            assertThat(r.shortNames()).containsExactly("wdg");
        });

        // a second CRD created now: the cache predates it, the mapper refreshes once and finds it
        String other = Crds.uniqueGroup("x");
        try {
            dyn.resource(Crds.CRDS).create(Crds.widgetCrd(other));
            Crds.awaitEstablished(dyn, "widgets." + other);
            awaitDiscoverable(other);
            assertThat(mapper.mapping(GroupVersionKind.of(other, "v1", "Widget")).resource())
                    .isEqualTo(GroupVersionResource.of(other, "v1", "widgets"));
        } finally {
            Crds.delete(dyn, "widgets." + other);
        }
    }

    @Test
    void crud(TestCluster cluster) {
        Unstructured created = widgets.create(widget("crud", 1, "red").with(List.of("spec", "big"), 9007199254740993L));
        assertThat(created.uid()).isNotEmpty();
        assertThat(created.namespace()).isEqualTo(cluster.namespace());
        assertThat(created.getNestedLong("spec", "big")).contains(9007199254740993L).as("int64 exact through the server");
        assertThatThrownBy(() -> widgets.create(widget("crud", 1, "red"))).isInstanceOf(AlreadyExistsException.class);

        Unstructured got = widgets.get("crud");
        assertThat(got).isEqualTo(created);
        assertThat(widgets.find("absent")).isEmpty();
        assertThatThrownBy(() -> widgets.get("absent")).isInstanceOf(NotFoundException.class);

        Unstructured updated = widgets.update(got.with(List.of("spec", "color"), "blue"));
        assertThat(updated.getNestedString("spec", "color")).contains("blue");
        assertThat(updated.generation()).isEqualTo(2L);
        assertThatThrownBy(() -> widgets.update(got.with(List.of("spec", "color"), "green")))
                .isInstanceOf(ConflictException.class);

        UnstructuredList list = widgets.list();
        assertThat(list.kind()).isEqualTo("WidgetList");
        assertThat(list.items()).extracting(Unstructured::name).contains("crud");
        assertThat(dyn.resource(widgetsGvr).list().items()).extracting(Unstructured::namespace)
                .contains(cluster.namespace()).as("all namespaces");

        widgets.delete("crud");
        assertThat(widgets.find("crud")).isEmpty();
        assertThatThrownBy(() -> widgets.delete("crud")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void watchSeesAddedModifiedDeleted() throws Exception {
        String rv = widgets.list().resourceVersion();
        BlockingQueue<WatchEvent<Unstructured>> events = new LinkedBlockingQueue<>();
        try (Watch<Unstructured> watch = widgets.watch(ListOptions.builder().resourceVersion(rv)
                .fieldSelector("metadata.name=watched").build())) {
            watch.start(events::add);
            widgets.create(widget("watched", 1, "red"));
            widgets.patch("watched", PatchType.MERGE, "{\"spec\":{\"color\":\"blue\"}}");
            widgets.delete("watched");
            WatchEvent<Unstructured> added = events.poll(60, TimeUnit.SECONDS);
            WatchEvent<Unstructured> modified = events.poll(60, TimeUnit.SECONDS);
            WatchEvent<Unstructured> deleted = events.poll(60, TimeUnit.SECONDS);
            assertThat(List.of(added.type(), modified.type(), deleted.type()))
                    .containsExactly(EventType.ADDED, EventType.MODIFIED, EventType.DELETED);
            assertThat(added.object().kind()).isEqualTo("Widget");
            assertThat(modified.object().getNestedString("spec", "color")).contains("blue");
            assertThat(deleted.object().name()).isEqualTo("watched");
        }
    }

    @Test
    void everyPatchTypeTheServerAllows() {
        widgets.create(widget("patched", 1, "red").with(List.of("spec", "tags"), List.of("a")));
        Unstructured json = widgets.patch("patched", PatchType.JSON,
                "[{\"op\":\"add\",\"path\":\"/spec/tags/-\",\"value\":\"b\"},{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":2}]");
        assertThat(json.getNestedStringList("spec", "tags")).contains(List.of("a", "b"));
        assertThat(json.getNestedLong("spec", "replicas")).contains(2L);

        Unstructured merge = widgets.patch("patched", PatchType.MERGE, "{\"spec\":{\"color\":null,\"tags\":[\"c\"]}}");
        assertThat(merge.getNestedString("spec", "color")).isEmpty();
        assertThat(merge.getNestedStringList("spec", "tags")).contains(List.of("c"));

        Unstructured applied = widgets.patch("patched", PatchType.APPLY,
                "{\"apiVersion\":\"" + group + "/v1\",\"kind\":\"Widget\",\"metadata\":{\"name\":\"patched\"},"
                        + "\"spec\":{\"color\":\"teal\"}}", PatchOptions.fieldManager("patcher"));
        assertThat(applied.getNestedString("spec", "color")).contains("teal");

        assertThatThrownBy(() -> widgets.patch("patched", PatchType.STRATEGIC_MERGE, "{\"spec\":{\"replicas\":3}}"))
                .isInstanceOf(UnsupportedMediaTypeException.class)
                .hasMessageContaining("415 UnsupportedMediaType")
                .hasMessageContaining("strategic merge patch is not supported for this resource");
        widgets.delete("patched");
    }

    @Test
    void applyWithConflictsAndForce() {
        Unstructured intent = widget("applied", 1, "red");
        Unstructured first = widgets.apply(intent, ApplyOptions.fieldManager("alice"));
        assertThat(first.getNestedString("spec", "color")).contains("red");
        assertThat(widgets.apply(intent, ApplyOptions.fieldManager("alice")).resourceVersion())
                .isEqualTo(first.resourceVersion()).as("re-applying the same intent changes nothing");

        Unstructured bobs = widget("applied", 1, "blue");
        assertThatThrownBy(() -> widgets.apply(bobs, ApplyOptions.fieldManager("bob")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains("alice"));
        Unstructured forced = widgets.apply(bobs, ApplyOptions.fieldManager("bob").force());
        assertThat(forced.getNestedString("spec", "color")).contains("blue");
        assertThat(forced.getNestedList("metadata", "managedFields").orElseThrow().stream()
                .map(f -> (Object) ((Map<?, ?>) f).get("manager")).collect(Collectors.toList())).contains((Object) "bob");
        widgets.delete("applied");
    }

    @Test
    void statusAndScaleSubresources() {
        widgets.create(widget("scaled", 2, "red"));
        Unstructured withStatus = widgets.get("scaled").with(List.of("status"),
                Map.of("replicas", 2, "selector", "app=scaled", "phase", "Ready"));
        Unstructured afterStatus = widgets.updateStatus(withStatus);
        assertThat(afterStatus.getNestedString("status", "phase")).contains("Ready");
        Unstructured ignored = widgets.update(afterStatus.with(List.of("status", "phase"), "Ignored"));
        assertThat(ignored.getNestedString("status", "phase")).contains("Ready").as("update does not touch status");
        assertThat(widgets.patchStatus("scaled", PatchType.MERGE, "{\"status\":{\"phase\":\"Patched\"}}")
                .getNestedString("status", "phase")).contains("Patched");

        Unstructured scale = widgets.getScale("scaled");
        assertThat(scale.apiVersion()).isEqualTo("autoscaling/v1");
        assertThat(scale.kind()).isEqualTo("Scale");
        assertThat(scale.getNestedLong("spec", "replicas")).contains(2L);
        assertThat(scale.getNestedLong("status", "replicas")).contains(2L);
        assertThat(scale.getNestedString("status", "selector")).contains("app=scaled");

        Unstructured rescaled = widgets.updateScale("scaled", scale.with(List.of("spec", "replicas"), 5));
        assertThat(rescaled.getNestedLong("spec", "replicas")).contains(5L);
        assertThat(widgets.get("scaled").getNestedLong("spec", "replicas")).contains(5L);
        assertThat(widgets.patchScale("scaled", PatchType.MERGE, "{\"spec\":{\"replicas\":7}}")
                .getNestedLong("spec", "replicas")).contains(7L);
        assertThat(widgets.getSubresource("scaled", "status").getNestedString("status", "phase")).contains("Patched");
        widgets.delete("scaled");
    }

    @Test
    void deleteCollectionWithALabelSelectorAndPaging() {
        for (int i = 0; i < 4; i++) {
            widgets.create(widget("bulk-" + i, 1, "red").withLabel("bulk", i % 2 == 0 ? "even" : "odd"));
        }
        assertThat(widgets.listAll(ListOptions.builder().labelSelector("bulk").limit(1).build())
                .map(Unstructured::name).collect(Collectors.toList())).containsExactly("bulk-0", "bulk-1", "bulk-2", "bulk-3");
        widgets.deleteCollection(ListOptions.labelSelector("bulk=even"));
        List<String> left = Poll.until("even widgets gone", Duration.ofSeconds(60), () -> {
            List<String> names = widgets.list(ListOptions.labelSelector("bulk")).items().stream()
                    .map(Unstructured::name).collect(Collectors.toList());
            return names.size() == 2 ? names : null;
        });
        assertThat(left).containsExactly("bulk-1", "bulk-3");
        widgets.deleteCollection(ListOptions.labelSelector("bulk"));
    }

    @Test
    void clusterScopedObjectsAndLegacyDiscovery() {
        Unstructured ns = dyn.resource(GroupVersionResource.of("", "v1", "namespaces")).get("default");
        assertThat(ns.kind()).isEqualTo("Namespace");
        assertThat(mapper.discovery().resources().isAggregated()).as("the 1.20 server has no aggregated discovery").isFalse();
        assertThat(mapper.mapping(GroupVersionKind.of("", "v1", "Namespace")).namespaced()).isFalse();
        assertThat(mapper.mappingFor("deploy").resource()).isEqualTo(GroupVersionResource.of("apps", "v1", "deployments"));
        assertThat(mapper.discovery().serverVersion().gitVersion()).startsWith("v1.20");
        assertThatThrownBy(() -> dyn.resource(widgetsGvr).inNamespace("")).isInstanceOf(IllegalArgumentException.class);
    }
}
