package io.kube4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.apps.v1.Deployment;
import io.kube4j.api.apps.v1.ReplicaSet;
import io.kube4j.api.authorization.v1.SelfSubjectAccessReview;
import io.kube4j.api.autoscaling.v1.Scale;
import io.kube4j.api.coordination.v1.Lease;
import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.api.core.v1.Namespace;
import io.kube4j.api.core.v1.Pod;
import io.kube4j.api.core.v1.PodList;
import io.kube4j.api.core.v1.Secret;
import io.kube4j.api.core.v1.Service;
import io.kube4j.api.intstr.IntOrString;
import io.kube4j.api.meta.v1.PartialObjectMetadataList;
import io.kube4j.api.meta.v1.Table;
import io.kube4j.api.policy.v1.Eviction;
import io.kube4j.client.core.v1.PodClient;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.Poll;
import io.kube4j.testsupport.TestCluster;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The generated typed clients against the real kube-apiserver (v1.20, with the deployment controllers). */
@ExtendWith(KubeApiServerExtension.class)
class TypedClientIT {
    private static KubernetesClient client;
    private static String ns;

    @BeforeAll
    static void connect(TestCluster cluster) {
        client = KubernetesClient.create(Config.fromKubeconfig(cluster.kubeconfig()));
        ns = cluster.namespace();
        cluster.awaitPodsAllowed(ns);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    private static Pod pod(String name, String app) {
        return Pod.builder()
                .metadata(m -> m.name(name).putLabel("app", app))
                .spec(s -> s.addContainer(c -> c.name("web").image("nginx:1.27")).terminationGracePeriodSeconds(0L))
                .build();
    }

    @Test
    void podsCreateReadListUpdatePatchApplyDelete() {
        PodClient pods = client.coreV1().pods(ns);
        Pod created = pods.create(pod("crud", "crud"));
        assertThat(created.metadata().uid()).isNotEmpty();
        assertThat(created.metadata().namespace()).isEqualTo(ns);
        assertThat(pods.get("crud")).isEqualTo(created);
        assertThat(pods.find("crud")).contains(created);
        assertThat(pods.find("absent")).isEmpty();
        assertThatThrownBy(() -> pods.get("absent")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pods.create(pod("crud", "crud"))).isInstanceOf(AlreadyExistsException.class);

        PodList list = pods.list(ListOptions.labelSelector("app=crud"));
        assertThat(list.items()).extracting(p -> p.metadata().name()).containsExactly("crud");
        assertThat(client.coreV1().pods().list(ListOptions.labelSelector("app=crud")).items())
                .extracting(p -> p.metadata().namespace()).containsExactly(ns);
        assertThat(pods.listAll(ListOptions.limit(1)).map(p -> p.metadata().name())).contains("crud");

        Pod updated = pods.update(created.toBuilder().metadata(m -> m.putLabel("stage", "updated")).build());
        assertThat(updated.metadata().labels()).containsEntry("stage", "updated");
        assertThatThrownBy(() -> pods.update(created.toBuilder().metadata(m -> m.putLabel("stage", "stale")).build()))
                .isInstanceOf(ConflictException.class);

        Pod patched = pods.patch("crud", PatchType.STRATEGIC_MERGE, "{\"metadata\":{\"labels\":{\"patched\":\"yes\"}}}");
        assertThat(patched.metadata().labels()).containsEntry("patched", "yes").containsEntry("stage", "updated");
        patched = pods.patch("crud", PatchType.JSON, "[{\"op\":\"remove\",\"path\":\"/metadata/labels/stage\"}]");
        assertThat(patched.metadata().labels()).doesNotContainKey("stage");

        Pod applied = pods.apply(Pod.builder().metadata(m -> m.name("crud").putAnnotation("owner", "typed-it"))
                .build(), ApplyOptions.fieldManager("typed-it"));
        assertThat(applied.metadata().annotations()).containsEntry("owner", "typed-it");
        assertThat(applied.metadata().managedFields()).anyMatch(f -> "typed-it".equals(f.manager()));

        pods.delete("crud", DeleteOptions.gracePeriodSeconds(0));
        Poll.until("pod crud deleted", () -> pods.find("crud").isEmpty() ? true : null);
    }

    @Test
    void watchSeesChangesFromTheListsResourceVersion() throws Exception {
        PodClient pods = client.coreV1().pods(ns);
        String rv = pods.list(ListOptions.labelSelector("app=watched")).metadata().resourceVersion();
        try (Watch<Pod> watch = pods.watch(ListOptions.builder().labelSelector("app=watched").resourceVersion(rv)
                .timeoutSeconds(60L).build())) {
            pods.create(pod("watched", "watched"));
            pods.patch("watched", PatchType.MERGE, "{\"metadata\":{\"labels\":{\"seen\":\"1\"}}}");
            pods.delete("watched", DeleteOptions.gracePeriodSeconds(0));
            var events = watch.stream()
                    .map(e -> e.type() + " " + e.object().metadata().labels().getOrDefault("seen", "-"))
                    .limit(2).collect(Collectors.toList());
            assertThat(events).containsExactly("ADDED -", "MODIFIED 1");
        }
        try (Watch<Pod> all = client.coreV1().pods().watch(ListOptions.builder().labelSelector("app=everywhere")
                .timeoutSeconds(60L).build())) {
            pods.create(pod("everywhere", "everywhere"));
            WatchEvent<Pod> first = all.iterator().next();
            assertThat(first.type()).isEqualTo(EventType.ADDED);
            assertThat(first.object().metadata().namespace()).isEqualTo(ns);
        }
        pods.delete("everywhere", DeleteOptions.gracePeriodSeconds(0));
    }

    @Test
    void updateStatusChangesOnlyTheStatus() {
        PodClient pods = client.coreV1().pods(ns);
        Pod pod = pods.create(pod("status", "status"));
        Pod edited = pod.toBuilder()
                .spec(s -> s.activeDeadlineSeconds(30L))
                .status(st -> st.addCondition(c -> c.type("example.com/ready").status("True")
                        .lastTransitionTime(Instant.parse("2024-01-02T03:04:05Z"))))
                .build();
        Pod afterStatus = pods.updateStatus(edited);
        assertThat(afterStatus.status().conditions()).anyMatch(c -> c.type().equals("example.com/ready"));
        assertThat(afterStatus.spec().activeDeadlineSeconds()).isNull();
        assertThat(pods.getStatus("status").status().conditions()).anyMatch(c -> c.type().equals("example.com/ready"));

        Pod viaUpdate = pods.update(afterStatus.toBuilder()
                .status(st -> st.conditions(List.of())).metadata(m -> m.putLabel("u", "1")).build());
        assertThat(viaUpdate.status().conditions()).anyMatch(c -> c.type().equals("example.com/ready"));
        assertThat(viaUpdate.metadata().labels()).containsEntry("u", "1");
        pods.delete("status", DeleteOptions.gracePeriodSeconds(0));
    }

    @Test
    void logsOfAPodThatNeverRanAreAClearApiException() {
        PodClient pods = client.coreV1().pods(ns);
        // Bound to a node that has no kubelet (and no Node object): the server cannot fetch a log.
        pods.create(pod("nolog", "nolog").toBuilder().spec(s -> s.nodeName("kube4j-no-such-node")).build());
        assertThatThrownBy(() -> pods.logText("nolog")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(404); // a 1.20 server: the node is not found
            assertThat(e.status().message()).contains("kube4j-no-such-node");
        });
        assertThatThrownBy(() -> pods.logLines("nolog", LogOptions.builder().follow(true).build()))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> pods.logText("nolog", LogOptions.container("nope")))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.getMessage())
                        .contains("container nope is not valid for pod nolog"));
        assertThatThrownBy(() -> pods.logs("absent")).isInstanceOf(NotFoundException.class);
        pods.delete("nolog", DeleteOptions.gracePeriodSeconds(0));

        // Not scheduled at all: the server answers an empty log.
        pods.create(pod("unscheduled", "unscheduled"));
        assertThat(pods.logText("unscheduled")).isEmpty();
        pods.delete("unscheduled", DeleteOptions.gracePeriodSeconds(0));
    }

    @Test
    void evictionDeletesThePod() {
        PodClient pods = client.coreV1().pods(ns);
        pods.create(pod("evicted", "evicted"));
        // The 1.35 model says policy/v1; a 1.20 server serves Eviction as policy/v1beta1 only.
        pods.evict("evicted", Eviction.builder().apiVersion("policy/v1beta1")
                .metadata(m -> m.name("evicted").namespace(ns)).build());
        Poll.until("evicted pod gone", () -> pods.find("evicted").isEmpty() ? true : null);
    }

    @Test
    void configMapsAndSecrets() {
        var configMaps = client.coreV1().configMaps(ns);
        ConfigMap cm = configMaps.create(ConfigMap.builder().metadata(m -> m.name("cfg").putLabel("kind", "cfg"))
                .putData("a", "1").putBinaryData("bin", new byte[] {0, 1, 2}).build());
        assertThat(cm.binaryData().get("bin")).containsExactly(0, 1, 2);
        ConfigMap changed = configMaps.update(cm.toBuilder().putData("b", "2").build());
        assertThat(changed.data()).containsEntry("a", "1").containsEntry("b", "2");
        assertThat(client.coreV1().configMaps().list(ListOptions.labelSelector("kind=cfg")).items())
                .extracting(c -> c.metadata().name()).contains("cfg");

        var secrets = client.coreV1().secrets(ns);
        Secret s = secrets.create(Secret.builder().metadata(m -> m.name("sec")).type("Opaque")
                .putStringData("password", "hunter2").build());
        assertThat(new String(s.data().get("password"), StandardCharsets.UTF_8)).isEqualTo("hunter2");
        assertThat(s.toString()).doesNotContain("hunter2", "aHVudGVyMg");
        secrets.delete("sec");
        configMaps.deleteCollection(ListOptions.labelSelector("kind=cfg"));
        Poll.until("configmaps gone", () -> configMaps.list(ListOptions.labelSelector("kind=cfg")).items().isEmpty()
                ? true : null);
    }

    @Test
    void servicesWithIntOrStringPorts() {
        var services = client.coreV1().services(ns);
        Service svc = services.create(Service.builder().metadata(m -> m.name("web"))
                .spec(s -> s.putSelector("app", "web").addPort(p -> p.name("http").port(80)
                        .targetPort(IntOrString.of("http")))).build());
        assertThat(svc.spec().clusterIP()).isNotEmpty();
        assertThat(svc.spec().ports().get(0).targetPort()).isEqualTo(IntOrString.of("http"));
        Service patched = services.patch("web", PatchType.MERGE, "{\"spec\":{\"ports\":[{\"name\":\"http\",\"port\":80,"
                + "\"targetPort\":8080}]}}");
        assertThat(patched.spec().ports().get(0).targetPort()).isEqualTo(IntOrString.of(8080));
        services.delete("web");
    }

    @Test
    void namespacesAreClusterScopedAndFinalizable() {
        String name = "kube4j-typed-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);
        String hold = "kube4j.io/hold";
        var namespaces = client.coreV1().namespaces();
        Namespace created = namespaces.create(Namespace.builder().metadata(m -> m.name(name))
                .spec(s -> s.finalizers(List.of("kubernetes", hold))).build());
        assertThat(created.metadata().namespace()).isNull();
        assertThat(namespaces.list().items()).extracting(n -> n.metadata().name()).contains(name, ns);
        assertThat(namespaces.patch(name, PatchType.MERGE, "{\"metadata\":{\"labels\":{\"t\":\"1\"}}}")
                .metadata().labels()).containsEntry("t", "1");
        namespaces.delete(name);
        // The namespace controller runs here: it empties the namespace, updates its status and removes its own
        // "kubernetes" finalizer concurrently. Our finalizer keeps the namespace until finalize removes it; wait
        // for the controller to be done so that the finalize below does not race with its writes.
        Namespace terminating = Poll.until("the namespace controller to finish with " + name, () -> {
            Namespace n = namespaces.get(name);
            return n.spec().finalizers().equals(List.of(hold)) ? n : null;
        });
        assertThat(terminating.metadata().deletionTimestamp()).isNotNull();
        // Finishing the deletion by hand is what finalize is for.
        namespaces.updateFinalize(terminating.toBuilder().spec(s -> s.finalizers(List.of())).build());
        Poll.until("namespace " + name + " gone", () -> namespaces.find(name).isEmpty() ? true : null);
    }

    @Test
    void deploymentScaleIsObservedByTheReplicaSetController() {
        var deployments = client.appsV1().deployments(ns);
        deployments.create(Deployment.builder().metadata(m -> m.name("scaled"))
                .spec(s -> s.replicas(1).selector(sel -> sel.putMatchLabel("app", "scaled"))
                        .template(t -> t.metadata(m -> m.putLabel("app", "scaled"))
                                .spec(ps -> ps.addContainer(c -> c.name("web").image("nginx:1.27")))))
                .build());
        Scale scale = deployments.getScale("scaled");
        assertThat(scale.spec().replicas()).isEqualTo(1);
        // Without a resourceVersion: the deployment controller writes the deployment concurrently.
        Scale three = deployments.updateScale("scaled", Scale.builder().metadata(m -> m.name("scaled").namespace(ns))
                .spec(sp -> sp.replicas(3)).build());
        assertThat(three.spec().replicas()).isEqualTo(3);
        assertThat(deployments.get("scaled").spec().replicas()).isEqualTo(3);

        ReplicaSet rs = Poll.until("a ReplicaSet with 3 replicas", () -> client.appsV1().replicaSets(ns)
                .list(ListOptions.labelSelector("app=scaled")).items().stream()
                .filter(r -> Integer.valueOf(3).equals(r.spec().replicas()) && r.status() != null
                        && Integer.valueOf(3).equals(r.status().replicas()))
                .findFirst().orElse(null));
        assertThat(rs.metadata().ownerReferences()).anyMatch(o -> o.kind().equals("Deployment")
                && o.name().equals("scaled"));
        Poll.until("3 pods of the ReplicaSet", () -> client.coreV1().pods(ns).list(ListOptions.labelSelector(
                "app=scaled")).items().size() == 3 ? true : null);
        Poll.until("the deployment's status to count 3 replicas", () -> {
            Scale s = deployments.getScale("scaled");
            return Integer.valueOf(3).equals(s.status().replicas()) ? s : null;
        });
        Scale one = deployments.patchScale("scaled", PatchType.MERGE, "{\"spec\":{\"replicas\":1}}");
        assertThat(one.spec().replicas()).isEqualTo(1);
        deployments.delete("scaled", DeleteOptions.propagation(Propagation.FOREGROUND));
    }

    @Test
    void leases() {
        var leases = client.coordinationV1().leases(ns);
        Lease lease = leases.create(Lease.builder().metadata(m -> m.name("lock"))
                .spec(s -> s.holderIdentity("a").leaseDurationSeconds(15)
                        .renewTime(Instant.parse("2024-01-02T03:04:05.123456Z"))).build());
        assertThat(lease.spec().renewTime()).isEqualTo(Instant.parse("2024-01-02T03:04:05.123456Z"));
        Lease taken = leases.update(lease.toBuilder().spec(s -> s.holderIdentity("b").leaseTransitions(1)).build());
        assertThat(taken.spec().holderIdentity()).isEqualTo("b");
        assertThatThrownBy(() -> leases.update(lease)).isInstanceOf(ConflictException.class);
        leases.delete("lock");
        assertThat(leases.find("lock")).isEmpty();
    }

    @Test
    void createOnlyReviewsNeedNoMetadata() {
        SelfSubjectAccessReview review = client.authorizationV1().selfSubjectAccessReviews().create(
                SelfSubjectAccessReview.builder().spec(s -> s.resourceAttributes(r -> r.verb("list").resource("pods")
                        .namespace(ns))).build());
        assertThat(review.status().allowed()).isTrue();
    }

    @Test
    void tablesAndMetadataOnlyListsUseTheSyntheticMetaModels() {
        client.coreV1().pods(ns).create(pod("tabled", "tabled"));
        Table table = client.restClient().get().apiPath("/api/v1").namespace(ns).resource("pods")
                .param("labelSelector", "app=tabled")
                .header("Accept", "application/json;as=Table;v=v1;g=meta.k8s.io").execute(Table.class);
        assertThat(table.kind()).isEqualTo("Table");
        assertThat(table.columnDefinitions()).extracting(c -> c.name()).contains("Name", "Status");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).cells().get(0)).isEqualTo("tabled");
        assertThat(((Map<?, ?>) table.rows().get(0).object()).get("kind")).isEqualTo("PartialObjectMetadata");

        PartialObjectMetadataList meta = client.restClient().get().apiPath("/api/v1").namespace(ns).resource("pods")
                .param("labelSelector", "app=tabled")
                .header("Accept", "application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io")
                .execute(PartialObjectMetadataList.class);
        assertThat(meta.items()).extracting(p -> p.metadata().name()).containsExactly("tabled");
        assertThat(meta.items().get(0).kind()).isEqualTo("PartialObjectMetadata");
        assertThat(Optional.ofNullable(meta.metadata().resourceVersion())).isNotEmpty();
        client.coreV1().pods(ns).delete("tabled", DeleteOptions.gracePeriodSeconds(0));
    }
}
