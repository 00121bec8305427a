package io.kube4j.informers;

import static io.kube4j.informers.Fixtures.CONFIG_MAPS;
import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.api.core.v1.ConfigMapList;
import io.kube4j.client.Config;
import io.kube4j.client.CreateOptions;
import io.kube4j.client.ListOptions;
import io.kube4j.client.ResourceClient;
import io.kube4j.client.RestClient;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.Kube4jThreads;
import io.kube4j.testsupport.Poll;
import io.kube4j.testsupport.TestCluster;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * kube-apiserver restarts (same etcd) under an informer. The restarted server's watch cache starts at the
 * current etcd revision, so a watch from an older resourceVersion gets 410 Gone: the informer must relist
 * and converge, listing only on 410. Restarts the server the extension runs: in a shared environment run
 * it against a server of its own ({@code KUBE4J_SERVER_DIR}).
 */
@ExtendWith(KubeApiServerExtension.class)
class ApiServerRestartIT {

    @Test
    void restartsDuringChangesAndAForced410(TestCluster cluster) throws Exception {
        String ns = cluster.namespace();
        Config config = Config.fromKubeconfig(cluster.kubeconfig());
        try (RestClient writerClient = RestClient.create(config.toBuilder().qps(0).build());
                RestClient client = RestClient.create(config);
                SharedInformerFactory factory = SharedInformerFactory.create(client)) {
            ResourceClient<ConfigMap, ConfigMapList> writer = writerClient.resource(CONFIG_MAPS);
            SharedIndexInformer<ConfigMap> informer = factory.informerFor(CONFIG_MAPS, InformerOptions.builder()
                    .namespace(ns).labelSelector("test=restart").backoff(Duration.ofMillis(200), Duration.ofSeconds(5))
                    .build());
            MirrorHandler<ConfigMap> mirror = new MirrorHandler<>();
            informer.addEventHandler(mirror);
            // A list after the restart may fail (the server is busy starting) and is then retried.
            AtomicInteger failedLists = InformerFaultIT.countFailedLists(informer);
            factory.start();
            factory.waitForCacheSync(Duration.ofSeconds(60));
            ConfigMapChurn churn = new ConfigMapChurn(writer, ns, "restart", 50, 5);

            // 1. A restart while another client keeps changing things (its calls retry while the server is down).
            for (int i = 0; i < 100; i++) {
                churn.change(i);
            }
            AtomicReference<Throwable> restartFailure = new AtomicReference<>();
            Thread restart = new Thread(() -> {
                try {
                    cluster.server().restartApiServer();
                } catch (Throwable t) {
                    restartFailure.set(t);
                }
            }, "test-restart");
            restart.start();
            for (int i = 100; i < 300; i++) {
                churn.change(i);
            }
            restart.join();
            assertThat(restartFailure.get()).isNull();
            assertConverged(writer, ns, informer, mirror, failedLists);

            // 2. A forced 410: a change the informer does not watch moves etcd past its last resourceVersion
            // before the restart, so the new watch cache starts after it.
            long gonesBefore = informer.health().gones();
            writer.create(ns, ConfigMap.builder().metadata(m -> m.namespace(ns).name("unwatched").putLabel("test", "other"))
                    .build(), CreateOptions.DEFAULT);
            cluster.server().restartApiServer();
            for (int i = 300; i < 400; i++) {
                churn.change(i);
            }
            assertConverged(writer, ns, informer, mirror, failedLists);
            InformerHealth h = informer.health();
            System.out.printf("[restart] lists=%d gones=%d watches=%d writer retries=%d%n", h.lists(), h.gones(),
                    h.watches(), churn.retries);
            assertThat(h.gones()).as("the restart made the watch resourceVersion too old").isGreaterThan(gonesBefore);
            Poll.until("healthy", () -> informer.health().healthy() ? true : null);
        }
        assertThat(Kube4jThreads.awaitNone(Duration.ofSeconds(10))).isEmpty();
    }

    private static void assertConverged(ResourceClient<ConfigMap, ConfigMapList> writer, String ns,
            SharedIndexInformer<ConfigMap> informer, MirrorHandler<ConfigMap> mirror, AtomicInteger failedLists) {
        Map<String, String> server = MirrorHandler.byKey(writer.list(ns, ListOptions.labelSelector("test=restart")).items());
        Poll.until("the cache equals a fresh list", () -> MirrorHandler.byKey(informer.lister().list()).equals(server) ? true : null);
        Poll.until("the handler caught up", () -> mirror.state().equals(server) ? true : null);
        assertThat(mirror.violations()).isEmpty();
        InformerFaultIT.assertListsOnlyAfterGone(informer, failedLists);
    }
}
