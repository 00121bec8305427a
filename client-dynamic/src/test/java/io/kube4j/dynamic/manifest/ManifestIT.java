package io.kube4j.dynamic.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.schema.GroupVersionResource;
import io.kube4j.client.AlreadyExistsException;
import io.kube4j.client.Config;
import io.kube4j.client.RestClient;
import io.kube4j.discovery.DiscoveryClient;
import io.kube4j.discovery.NoMatchException;
import io.kube4j.discovery.RestMapper;
import io.kube4j.dynamic.DynamicClient;
import io.kube4j.dynamic.Unstructured;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.Poll;
import io.kube4j.testsupport.TestCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code kubectl apply --server-side -f} against the real kube-apiserver. */
@ExtendWith(KubeApiServerExtension.class)
class ManifestIT {
    private static final GroupVersionResource CONFIGMAPS = GroupVersionResource.of("", "v1", "configmaps");

    private static RestClient client;
    private static RestMapper mapper;
    private static DynamicClient dyn;

    @BeforeAll
    static void setUp(TestCluster cluster) {
        client = RestClient.create(Config.fromKubeconfig(cluster.kubeconfig()));
        mapper = RestMapper.create(DiscoveryClient.create(client));
        dyn = DynamicClient.create(client);
    }

    @AfterAll
    static void tearDown() {
        if (client != null) {
            client.close();
        }
    }

    private static ManifestApplier.Builder applier() {
        return ManifestApplier.builder(client).restMapper(mapper).fieldManager("kube4j-it").timeout(Duration.ofSeconds(90));
    }

    /** Custom objects and the Namespace come before their CRD and Namespace: the applier reorders. */
    private static String appManifest(String ns, String group) {
        return """
                apiVersion: %1$s/v1
                kind: Gadget
                metadata: {name: first, namespace: %2$s, labels: {app: demo}}
                spec: {size: 3, colour: red}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings, namespace: %2$s}
                data: {mode: fast}
                ---
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: gadgets.%1$s}
                spec:
                  group: %1$s
                  scope: Namespaced
                  names: {plural: gadgets, singular: gadget, kind: Gadget}
                  versions:
                  - name: v1
                    served: true
                    storage: true
                    schema:
                      openAPIV3Schema:
                        type: object
                        properties:
                          spec:
                            type: object
                            properties:
                              size: {type: integer}
                              colour: {type: string}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: %2$s}
                spec:
                  replicas: 0
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                      - {name: web, image: nginx:1.27}
                ---
                apiVersion: v1
                kind: Namespace
                metadata: {name: %2$s}
                ---
                apiVersion: %1$s/v1
                kind: Gadget
                metadata: {name: second, namespace: %2$s}
                spec: {size: 5}
                """.formatted(group, ns);
    }

    @Test
    void applyTwiceChangesNothingThenDeleteEverything() {
        String ns = "manifest-" + UUID.randomUUID().toString().substring(0, 8);
        String group = "g" + UUID.randomUUID().toString().substring(0, 8) + ".kube4j.test";
        Manifest manifest = Manifests.read(appManifest(ns, group), "app.yaml");
        assertThat(manifest.objects()).hasSize(6);
        ManifestApplier applier = applier().build();
        try {
            ManifestResult first = applier.apply(manifest).throwIfFailed();
            assertThat(first.results()).extracting(ObjectResult::outcome).containsOnly(Outcome.APPLIED);
            assertThat(first.objects()).extracting(Unstructured::kind)
                    .containsExactly("Gadget", "ConfigMap", "CustomResourceDefinition", "Deployment", "Namespace", "Gadget");
            Unstructured gadget = dyn.resource(GroupVersionResource.of(group, "v1", "gadgets")).inNamespace(ns).get("first");
            assertThat(gadget.getNestedLong("spec", "size")).contains(3L);
            assertThat(gadget.labels()).containsEntry("app", "demo");

            // let the Deployment controller finish with the new Deployment, then read every resourceVersion
            Poll.until("deployment observed", () -> {
                Unstructured d = dyn.resource(GroupVersionResource.of("apps", "v1", "deployments")).inNamespace(ns).get("web");
                return d.getNestedLong("status", "observedGeneration").equals(java.util.Optional.ofNullable(d.generation()))
                        ? d : null;
            });
            List<String> before = currentResourceVersions(manifest);

            ManifestResult second = applier.apply(manifest).throwIfFailed();
            List<String> after = second.objects().stream().map(Unstructured::resourceVersion).collect(Collectors.toList());
            // Kubernetes 1.20 quirk: a Namespace created by apply gets no managedFields, and the next apply
            // backfills a "before-first-apply" entry (one write). Every other object is untouched.
            int nsIndex = 4;
            assertThat(second.objects().get(nsIndex).getNestedList("metadata", "managedFields").orElseThrow().stream()
                    .map(f -> (Object) ((java.util.Map<?, ?>) f).get("manager")).collect(Collectors.toList()))
                    .contains((Object) "before-first-apply");
            before.set(nsIndex, after.get(nsIndex));
            assertThat(after).as("unchanged manifest, unchanged objects").isEqualTo(before);

            ManifestResult third = applier.apply(manifest).throwIfFailed();
            assertThat(third.objects().stream().map(Unstructured::resourceVersion).collect(Collectors.toList()))
                    .as("unchanged manifest, unchanged objects, Namespace included").isEqualTo(after);

            ManifestResult deleted = applier.delete(manifest).throwIfFailed();
            assertThat(deleted.results()).extracting(ObjectResult::outcome).containsOnly(Outcome.DELETED);
            ManifestResult gone = applier.waitForDeleted(manifest).throwIfFailed();
            assertThat(gone.results()).extracting(ObjectResult::outcome).containsOnly(Outcome.GONE);

            ManifestResult again = applier.delete(manifest).throwIfFailed();
            assertThat(again.results()).extracting(ObjectResult::outcome).containsOnly(Outcome.NOT_FOUND);
        } finally {
            applier.delete(manifest); // best effort if an assertion failed half-way
        }
    }

    private static List<String> currentResourceVersions(Manifest manifest) {
        List<String> out = new ArrayList<>();
        for (ManifestObject o : manifest.objects()) {
            Unstructured u = o.object();
            var mapping = mapper.mapping(u.groupVersionKind());
            var resource = dyn.resource(mapping.resource());
            out.add((mapping.namespaced() ? resource.inNamespace(u.namespace()).get(u.name()) : resource.get(u.name()))
                    .resourceVersion());
        }
        return out;
    }

    private static String configMap(String ns, String name) {
        return "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: " + name + ", namespace: " + ns + "}\ndata: {k: v}\n";
    }

    private static boolean exists(String ns, String name) {
        return dyn.resource(CONFIGMAPS).inNamespace(ns).find(name).isPresent();
    }

    @Test
    void aDocumentWithoutKindStopsBeforeItAndNothingAfterIsApplied(TestCluster cluster) {
        String ns = cluster.namespace();
        String text = configMap(ns, "nokind-a") + "---\napiVersion: v1\nmetadata: {name: nokind-b, namespace: " + ns
                + "}\n---\n" + configMap(ns, "nokind-c");
        ManifestResult r = applier().build().apply(Manifests.read(text));
        assertThat(r.results()).extracting(ObjectResult::outcome).containsExactly(Outcome.APPLIED);
        assertThat(r.readError()).hasValueSatisfying(e -> {
            assertThat(e.document()).isEqualTo(1);
            assertThat(e).hasMessage("document 1 (line 6): no kind (every object needs apiVersion and kind)");
        });
        assertThat(r.succeeded()).isFalse();
        assertThat(exists(ns, "nokind-a")).isTrue();
        assertThat(exists(ns, "nokind-c")).isFalse();
        assertThatThrownBy(r::throwIfFailed).isSameAs(r.readError().get());
    }

    @Test
    void aMalformedDocumentInTheMiddle(TestCluster cluster) {
        String ns = cluster.namespace();
        String text = configMap(ns, "bad-a") + "---\n" + configMap(ns, "bad-b") + "---\napiVersion: v1\nkind: ConfigMap\n"
                + "metadata: {name: bad-c\ndata: [\n---\n" + configMap(ns, "bad-d");
        ManifestResult r = applier().build().apply(Manifests.read(text));
        assertThat(r.results()).extracting(o -> o.source().object().name(), ObjectResult::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bad-a", Outcome.APPLIED),
                org.assertj.core.groups.Tuple.tuple("bad-b", Outcome.APPLIED));
        assertThat(r.readError().get().document()).isEqualTo(2);
        assertThat(r.readError().get().getMessage()).startsWith("document 2 (line 11): malformed YAML");
        assertThat(exists(ns, "bad-b")).isTrue();
        assertThat(exists(ns, "bad-d")).isFalse();
    }

    @Test
    void anUnknownKindFailsItsDocumentAndSkipsTheRestUnlessToldToContinue(TestCluster cluster) {
        String ns = cluster.namespace();
        String unknown = "apiVersion: nothing.kube4j.test/v1\nkind: Gizmo\nmetadata: {name: g, namespace: " + ns + "}\n";
        Manifest m = Manifests.read(configMap(ns, "unk-a") + "---\n" + unknown + "---\n" + configMap(ns, "unk-c"));
        ManifestResult stopped = applier().build().apply(m);
        assertThat(stopped.results()).extracting(ObjectResult::outcome)
                .containsExactly(Outcome.APPLIED, Outcome.FAILED, Outcome.SKIPPED);
        assertThat(stopped.failures()).singleElement().satisfies(f -> {
            assertThat(f.error()).containsInstanceOf(NoMatchException.class);
            assertThat(f.toString()).startsWith("document 1 (line 6), nothing.kube4j.test/v1 Gizmo " + ns + "/g: FAILED: "
                    + "no resource serves kind nothing.kube4j.test/v1, Kind=Gizmo");
        });
        assertThat(exists(ns, "unk-c")).isFalse();
        assertThatThrownBy(stopped::throwIfFailed).isInstanceOfSatisfying(ManifestException.class,
                e -> assertThat(e.document()).isEqualTo(1)).hasCauseInstanceOf(NoMatchException.class);

        ManifestResult continued = applier().continueOnError(true).build().apply(m);
        assertThat(continued.results()).extracting(ObjectResult::outcome)
                .containsExactly(Outcome.APPLIED, Outcome.FAILED, Outcome.APPLIED);
        assertThat(exists(ns, "unk-c")).isTrue();
    }

    @Test
    void createDefaultNamespaceAndDeleteSemantics(TestCluster cluster) {
        String ns = cluster.namespace();
        Manifest m = Manifests.read("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: created}\ndata: {k: v}\n");
        ManifestResult noNamespace = applier().build().create(m);
        assertThat(noNamespace.failures()).singleElement().satisfies(f -> assertThat(f.toString())
                .endsWith("ConfigMap is namespaced: set metadata.namespace or the applier's default namespace"));

        ManifestApplier applier = applier().defaultNamespace(ns).build();
        ManifestResult created = applier.create(m).throwIfFailed();
        assertThat(created.objects().get(0).namespace()).isEqualTo(ns);
        assertThat(applier.create(m).failures()).singleElement()
                .satisfies(f -> assertThat(f.error()).containsInstanceOf(AlreadyExistsException.class));
        assertThat(applier.delete(m).results()).extracting(ObjectResult::outcome).containsExactly(Outcome.DELETED);
        assertThat(applier.waitForDeleted(m).results()).extracting(ObjectResult::outcome).containsExactly(Outcome.GONE);
        assertThat(applier.delete(m).results()).extracting(ObjectResult::outcome).containsExactly(Outcome.NOT_FOUND);

        ManifestResult dry = applier().defaultNamespace(ns).dryRun(true).build().apply(m).throwIfFailed();
        assertThat(dry.objects()).hasSize(1);
        assertThat(exists(ns, "created")).as("dry run persists nothing").isFalse();
    }
}
