package io.kube4j.informers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.api.schema.GroupVersionResource;
import io.kube4j.client.Config;
import io.kube4j.client.DeleteOptions;
import io.kube4j.client.ListOptions;
import io.kube4j.client.NotFoundException;
import io.kube4j.client.PatchType;
import io.kube4j.client.RestClient;
import io.kube4j.discovery.RestMapping;
import io.kube4j.dynamic.DynamicClient;
import io.kube4j.dynamic.DynamicResourceClient;
import io.kube4j.dynamic.Unstructured;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.Kube4jThreads;
import io.kube4j.testsupport.Poll;
import io.kube4j.testsupport.TestCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A dynamic informer on a custom resource against the real kube-apiserver. */
@ExtendWith(KubeApiServerExtension.class)
class DynamicInformerIT {
    private static final GroupVersionResource CRDS = GroupVersionResource.of("apiextensions.k8s.io", "v1",
            "customresourcedefinitions");

    private static Unstructured crd(String group) {
        return Unstructured.fromJson("""
                {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition",
                 "metadata":{"name":"gadgets.%s"},
                 "spec":{"group":"%s","scope":"Namespaced",
                  "names":{"plural":"gadgets","singular":"gadget","kind":"Gadget","listKind":"GadgetList"},
                  "versions":[{"name":"v1","served":true,"storage":true,
                   "schema":{"openAPIV3Schema":{"type":"object","properties":{
                    "spec":{"type":"object","properties":{"color":{"type":"string"},"round":{"type":"integer"}}}}}}}]}}
                """.formatted(group, group));
    }

    private static Unstructured gadget(String ns, String name) {
        return Unstructured.of(Map.of("apiVersion", "placeholder", "kind", "Gadget",
                "metadata", Map.of("namespace", ns, "name", name), "spec", Map.of("color", "red")));
    }

    @Test
    void observesFiveHundredChangesToCustomResources(TestCluster cluster) {
        String ns = cluster.namespace();
        String group = "informers" + UUID.randomUUID().toString().substring(0, 8) + ".kube4j.test";
        GroupVersionResource gvr = GroupVersionResource.of(group, "v1", "gadgets");
        Config config = Config.fromKubeconfig(cluster.kubeconfig());
        try (RestClient writerClient = RestClient.create(config.toBuilder().qps(0).build());
                RestClient client = RestClient.create(config);
                SharedInformerFactory factory = SharedInformerFactory.create(client)) {
            DynamicClient dyn = DynamicClient.create(writerClient);
            dyn.resource(CRDS).create(crd(group));
            try {
                Poll.until("CRD established and served", () -> {
                    dyn.resource(gvr).inNamespace(ns).list();
                    return true;
                });
                run(ns, group, gvr, dyn.resource(gvr).inNamespace(ns), factory);
            } finally {
                try {
                    dyn.resource(CRDS).delete("gadgets." + group, DeleteOptions.DEFAULT);
                } catch (NotFoundException e) {
                    // gone already
                }
            }
        }
        assertThat(Kube4jThreads.awaitNone(Duration.ofSeconds(10))).isEmpty();
    }

    private static void run(String ns, String group, GroupVersionResource gvr, DynamicResourceClient gadgets,
            SharedInformerFactory factory) {
        String apiVersion = group + "/v1";
        for (int i = 0; i < 20; i++) {
            gadgets.create(gadget(ns, "before-" + i).withApiVersion(apiVersion));
        }
        InformerOptions options = InformerOptions.builder().namespace(ns).transform(Transforms.stripManagedFields())
                .build();
        SharedIndexInformer<Unstructured> informer = factory.informerFor(gvr, options);
        assertThat(factory.informerFor(new RestMapping(GroupVersionKind.of(group, "v1", "Gadget"), gvr, true), options))
                .as("the same list/watch by resource or by mapping").isSameAs(informer);
        MirrorHandler<Unstructured> mirror = new MirrorHandler<>();
        informer.addEventHandler(mirror);
        factory.start();
        factory.waitForCacheSync(Duration.ofSeconds(60));
        assertThat(informer.indexer().size()).isEqualTo(20);

        for (int i = 0; i < 200; i++) {
            gadgets.create(gadget(ns, "g-" + i).withApiVersion(apiVersion));
        }
        List<String> patched = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Unstructured u = gadgets.patch("g-" + i, PatchType.MERGE, "{\"spec\":{\"round\":" + i + "}}");
            patched.add(u.resourceVersion());
        }
        for (int i = 0; i < 100; i++) {
            gadgets.delete("g-" + (2 * i));
        }
        Map<String, String> server = MirrorHandler.byKey(gadgets.list(ListOptions.DEFAULT).items());
        assertThat(server).hasSize(120);
        Poll.until("the cache equals a fresh list", () -> MirrorHandler.byKey(informer.lister().list()).equals(server) ? true : null);
        Poll.until("the handler caught up", () -> mirror.state().equals(server) ? true : null);
        assertThat(mirror.violations()).isEmpty();
        for (int i = 0; i < 200; i++) {
            assertThat(mirror.saw(ns + "/g-" + i, patched.get(i))).as("saw the patch of g-" + i).isTrue();
        }
        assertThat(mirror.adds.get()).isEqualTo(220);
        assertThat(mirror.updates.get()).isEqualTo(200);
        assertThat(mirror.deletes.get()).isEqualTo(100);
        Unstructured g1 = informer.lister().namespace(ns).get("g-1").orElseThrow();
        assertThat(g1.getNestedLong("spec", "round")).contains(1L);
        assertThat(gadgets.get("g-1").getNested("metadata", "managedFields")).as("the server sets them").isPresent();
        assertThat(g1.getNested("metadata", "managedFields")).as("stripped before caching").isEmpty();
        assertThat(informer.health().lists()).isEqualTo(1);
    }
}
