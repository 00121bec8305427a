package io.kube4j.informers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.api.meta.v1.PartialObjectMetadata;
import io.kube4j.client.Config;
import io.kube4j.client.DeleteOptions;
import io.kube4j.client.KubernetesClient;
import io.kube4j.client.ListOptions;
import io.kube4j.client.PatchOptions;
import io.kube4j.client.PatchType;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.Kube4jThreads;
import io.kube4j.testsupport.Poll;
import io.kube4j.testsupport.TestCluster;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The clientset entry points and metadata-only informers against the real kube-apiserver. */
@ExtendWith(KubeApiServerExtension.class)
class MetadataInformerIT {

    @Test
    void typedByClassAndMetadataOnlyInformersSeeTheSameObjects(TestCluster cluster) {
        String ns = cluster.namespace();
        try (KubernetesClient client = KubernetesClient.create(Config.fromKubeconfig(cluster.kubeconfig()));
                SharedInformerFactory factory = SharedInformerFactory.create(client, Duration.ZERO)) {
            var configMaps = client.coreV1().configMaps(ns);
            for (int i = 0; i < 30; i++) {
                String name = "big-" + i;
                configMaps.create(ConfigMap.builder().metadata(m -> m.name(name).putLabel("test", "meta"))
                        .putData("payload", "x".repeat(10_000)).build());
            }
            InformerOptions options = InformerOptions.builder().namespace(ns).labelSelector("test=meta").build();
            SharedIndexInformer<ConfigMap> full = factory.informerFor(ConfigMap.class, options);
            SharedIndexInformer<PartialObjectMetadata> meta = factory.metadataInformerFor(ConfigMap.class, options);
            assertThat(factory.informerFor(ConfigMap.class, options)).isSameAs(full);
            assertThat(factory.metadataInformerFor(ConfigMap.class, options)).isSameAs(meta).isNotSameAs(full);
            MirrorHandler<PartialObjectMetadata> mirror = new MirrorHandler<>();
            meta.addEventHandler(mirror);
            factory.start();
            factory.waitForCacheSync(Duration.ofSeconds(60));

            PartialObjectMetadata one = meta.lister().namespace(ns).get("big-0").orElseThrow();
            assertThat(one.kind()).isEqualTo("PartialObjectMetadata");
            assertThat(one.metadata().labels()).containsEntry("test", "meta");
            assertThat(one.metadata().resourceVersion())
                    .isEqualTo(full.lister().namespace(ns).get("big-0").orElseThrow().metadata().resourceVersion());
            assertThat(one.extras()).as("no data: only metadata came").doesNotContainKey("data");

            for (int i = 0; i < 30; i += 3) {
                configMaps.patch("big-" + i, PatchType.MERGE, "{\"metadata\":{\"labels\":{\"round\":\"" + i + "\"}}}",
                        PatchOptions.DEFAULT);
                configMaps.delete("big-" + (i + 1), DeleteOptions.DEFAULT);
            }
            Map<String, String> server = MirrorHandler.byKey(configMaps.list(ListOptions.labelSelector("test=meta")).items());
            Poll.until("the metadata cache equals a fresh list",
                    () -> MirrorHandler.byKey(meta.lister().list()).equals(server) ? true : null);
            Poll.until("the full cache equals a fresh list",
                    () -> MirrorHandler.byKey(full.lister().list()).equals(server) ? true : null);
            Poll.until("the handler caught up", () -> mirror.state().equals(server) ? true : null);
            assertThat(mirror.violations()).isEmpty();
            assertThat(meta.lister().namespace(ns).get("big-3").orElseThrow().metadata().labels())
                    .containsEntry("round", "3");
            assertThat(meta.health().lists()).isEqualTo(1);
        }
        assertThat(Kube4jThreads.awaitNone(Duration.ofSeconds(10))).isEmpty();
    }
}
