package io.kube4j.informers;

import static io.kube4j.informers.Fixtures.CONFIG_MAPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.client.Config;
import io.kube4j.client.ForbiddenException;
import io.kube4j.client.KubeException;
import io.kube4j.client.RestClient;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.Kube4jThreads;
import io.kube4j.testsupport.Poll;
import io.kube4j.testsupport.TestCluster;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An informer whose user may not list the resource: the 403 reaches the caller; retries back off. */
@ExtendWith(KubeApiServerExtension.class)
class ForbiddenInformerIT {

    @Test
    void forbiddenIsReportedAndRetriedWithBackoff(TestCluster cluster) throws Exception {
        List<KubeException> errors = new CopyOnWriteArrayList<>();
        try (RestClient client = RestClient.create(Config.fromKubeconfig(cluster.server().unprivilegedKubeconfig()));
                SharedInformerFactory factory = SharedInformerFactory.create(client)) {
            SharedIndexInformer<ConfigMap> informer = factory.informerFor(CONFIG_MAPS,
                    InformerOptions.namespace(cluster.namespace()));
            informer.setWatchErrorHandler((e, n) -> errors.add(e));
            long start = System.nanoTime();
            factory.start();
            assertThatThrownBy(() -> factory.waitForCacheSync(Duration.ofSeconds(5)))
                    .isInstanceOf(CacheSyncException.class)
                    .hasMessageContaining("configmaps in namespace " + cluster.namespace())
                    .hasMessageContaining("403 Forbidden")
                    .hasMessageContaining("configmaps is forbidden")
                    .hasCauseInstanceOf(ForbiddenException.class)
                    .satisfies(e -> assertThat(((CacheSyncException) e).unsynced()).hasSize(1));
            assertThat(errors).isNotEmpty().allMatch(e -> e instanceof ForbiddenException);
            assertThat(informer.health().lastError()).get().isInstanceOf(ForbiddenException.class);
            assertThat(informer.health().synced()).isFalse();

            // Backoff, not a retry per second: failures come after >= 0.8, 1.6, 3.2, 6.4 s (doubling, jittered up).
            Poll.until("ten seconds", () -> System.nanoTime() - start > 10_000_000_000L ? true : null);
            int failures = errors.size();
            assertThat(failures).as("failures in the first 10 s").isBetween(2, 4);
            assertThat(informer.health().consecutiveFailures()).isEqualTo(failures);
        }
        assertThat(Kube4jThreads.awaitNone(Duration.ofSeconds(10))).isEmpty();
    }
}
