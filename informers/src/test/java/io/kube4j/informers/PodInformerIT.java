package io.kube4j.informers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.core.v1.Pod;
import io.kube4j.api.core.v1.PodList;
import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.client.Config;
import io.kube4j.client.CreateOptions;
import io.kube4j.client.DeleteOptions;
import io.kube4j.client.ListOptions;
import io.kube4j.client.PatchOptions;
import io.kube4j.client.PatchType;
import io.kube4j.client.ResourceClient;
import io.kube4j.client.ResourceType;
import io.kube4j.client.RestClient;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.Kube4jThreads;
import io.kube4j.testsupport.Poll;
import io.kube4j.testsupport.TestCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A Pod informer against the real kube-apiserver: sync, 500 changes by another client, slow handlers. */
@ExtendWith(KubeApiServerExtension.class)
class PodInformerIT {
    static final ResourceType<Pod, PodList> PODS = ResourceType.namespaced(GroupVersionKind.of("", "v1", "Pod"),
            "pods", Pod.class, PodList.class);

    private static RestClient writerClient;
    private static ResourceClient<Pod, PodList> writer;

    @BeforeAll
    static void connect(TestCluster cluster) {
        writerClient = RestClient.create(Config.fromKubeconfig(cluster.kubeconfig()).toBuilder().qps(0).build());
        writer = writerClient.resource(PODS);
        cluster.awaitPodsAllowed(cluster.namespace());
    }

    @AfterAll
    static void close() {
        writerClient.close();
        assertThat(Kube4jThreads.awaitNone(Duration.ofSeconds(10))).isEmpty();
    }

    static Pod pod(String ns, String name, String test) {
        return Pod.builder().metadata(m -> m.namespace(ns).name(name).putLabel("test", test))
                .spec(s -> s.automountServiceAccountToken(false).addContainer(c -> c.name("c").image("busybox")))
                .build();
    }

    @Test
    void syncsAndObservesFiveHundredChangesByAnotherClient(TestCluster cluster) {
        String ns = cluster.namespace();
        for (int i = 0; i < 20; i++) {
            writer.create(ns, pod(ns, "before-" + i, "main"), CreateOptions.DEFAULT);
        }
        try (RestClient client = RestClient.create(Config.fromKubeconfig(cluster.kubeconfig()));
                SharedInformerFactory factory = SharedInformerFactory.create(client)) {
            observeFiveHundredChanges(ns, factory);
        }
    }

    private void observeFiveHundredChanges(String ns, SharedInformerFactory factory) {
        SharedIndexInformer<Pod> pods = factory.informerFor(PODS, InformerOptions.builder().namespace(ns)
                .labelSelector("test=main").build());
        MirrorHandler<Pod> mirror = new MirrorHandler<>();
        pods.addEventHandler(mirror);
        factory.start();
        factory.waitForCacheSync(Duration.ofSeconds(60));
        assertThat(pods.indexer().size()).isEqualTo(20);
        // The 1.20 server rejects WatchList: the informer fell back to one paged list by itself.
        assertThat(pods.health().usesWatchList()).isFalse();
        assertThat(pods.health().lists()).isEqualTo(1);

        // 500 changes: 200 creates, 200 updates, 100 deletes.
        for (int i = 0; i < 200; i++) {
            writer.create(ns, pod(ns, "p-" + i, "main"), CreateOptions.DEFAULT);
        }
        List<String> patched = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Pod p = writer.patch(ns, "p-" + i, PatchType.MERGE, "{\"metadata\":{\"labels\":{\"round\":\"" + i + "\"}}}",
                    PatchOptions.DEFAULT);
            patched.add(p.metadata().resourceVersion());
        }
        for (int i = 0; i < 100; i++) {
            writer.delete(ns, "p-" + (2 * i), DeleteOptions.gracePeriodSeconds(0));
        }
        Map<String, String> server = MirrorHandler.byKey(writer.list(ns, ListOptions.labelSelector("test=main")).items());
        assertThat(server).hasSize(120);
        Poll.until("the cache equals a fresh list", () -> MirrorHandler.byKey(pods.lister().list()).equals(server) ? true : null);
        Poll.until("the handler caught up", () -> mirror.state().equals(server) ? true : null);
        assertThat(mirror.violations()).isEmpty();
        assertThat(mirror.adds.get()).isEqualTo(220);
        // Each patch was seen; a pod deletion may also show as an update (deletionTimestamp) first.
        for (int i = 0; i < 200; i++) {
            assertThat(mirror.saw(ns + "/p-" + i, patched.get(i))).as("saw the patch of p-" + i).isTrue();
        }
        assertThat(mirror.updates.get()).isBetween(200, 300);
        assertThat(mirror.deletes.get()).isEqualTo(100);
        assertThat(pods.lister().namespace(ns).get("p-1")).get()
                .satisfies(p -> assertThat(p.metadata().labels()).containsEntry("round", "1"));
        assertThat(pods.health().lists()).isEqualTo(1);
        assertThat(pods.health().healthy()).isTrue();
    }

    @Test
    void aHandlerSleepingOneSecondPerEventDoesNotHoldBackAnother(TestCluster cluster) {
        String ns = cluster.namespace();
        try (RestClient client = RestClient.create(Config.fromKubeconfig(cluster.kubeconfig()));
                SharedInformerFactory factory = SharedInformerFactory.create(client)) {
            slowAndFast(ns, factory);
        } // closing does not wait for the slow handler's backlog
    }

    private void slowAndFast(String ns, SharedInformerFactory factory) {
        SharedIndexInformer<Pod> pods = factory.informerFor(PODS, InformerOptions.builder().namespace(ns)
                .labelSelector("test=slow").build());
        List<String> slow = new CopyOnWriteArrayList<>();
        List<String> fast = new CopyOnWriteArrayList<>();
        HandlerRegistration slowReg = pods.addEventHandler(ResourceEventHandler.<Pod>builder().onAdd(p -> {
            slow.add(p.metadata().name());
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).build());
        pods.addEventHandler(ResourceEventHandler.<Pod>builder().onAdd(p -> fast.add(p.metadata().name())).build());
        factory.start();
        factory.waitForCacheSync(Duration.ofSeconds(60));
        int n = 40;
        for (int i = 0; i < n; i++) {
            writer.create(ns, pod(ns, "slow-" + i, "slow"), CreateOptions.DEFAULT);
        }
        Poll.until("the fast handler saw all " + n, () -> fast.size() == n ? true : null);
        // At that moment the slow handler is far behind, with the rest queued for it, in the same order.
        int slowSeen = slow.size();
        int backlog = slowReg.pendingNotifications();
        assertThat(slowSeen).isLessThan(n);
        assertThat(slowSeen + backlog).isBetween(n - 1, n); // one may be in its 1 s sleep
        for (int i = 0; i < n; i++) {
            assertThat(fast.get(i)).isEqualTo("slow-" + i);
        }
        assertThat(slow).isEqualTo(fast.subList(0, slow.size()));
    }
}
