package io.kube4j.controller;

import static io.kube4j.informers.Fixtures.CONFIG_MAPS;
import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.api.core.v1.ConfigMapList;
import io.kube4j.client.AlreadyExistsException;
import io.kube4j.client.Config;
import io.kube4j.client.CreateOptions;
import io.kube4j.client.DeleteOptions;
import io.kube4j.client.GetOptions;
import io.kube4j.client.ResourceClient;
import io.kube4j.client.RestClient;
import io.kube4j.informers.InformerOptions;
import io.kube4j.informers.SharedIndexInformer;
import io.kube4j.informers.SharedInformerFactory;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.Kube4jThreads;
import io.kube4j.testsupport.Poll;
import io.kube4j.testsupport.TestCluster;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A controller against the real kube-apiserver: each "parent" ConfigMap gets a "child" ConfigMap it
 * controls; deleting a child makes the owner mapping reconcile the parent, which recreates it.
 */
@ExtendWith(KubeApiServerExtension.class)
class ControllerIT {

    @Test
    void keepsAChildPerParent(TestCluster cluster) {
        String ns = cluster.namespace();
        Config config = Config.fromKubeconfig(cluster.kubeconfig());
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        try (RestClient client = RestClient.create(config);
                SharedInformerFactory factory = SharedInformerFactory.create(client)) {
            ResourceClient<ConfigMap, ConfigMapList> configMaps = client.resource(CONFIG_MAPS);
            SharedIndexInformer<ConfigMap> parents = factory.informerFor(CONFIG_MAPS,
                    InformerOptions.builder().namespace(ns).labelSelector("role=parent").build());
            SharedIndexInformer<ConfigMap> children = factory.informerFor(CONFIG_MAPS,
                    InformerOptions.builder().namespace(ns).labelSelector("role=child").build());
            Reconciler reconciler = key -> {
                Optional<ConfigMap> parent = parents.lister().get(key.namespace(), key.name());
                if (parent.isEmpty()) {
                    return Result.done(); // the garbage collector removes its child
                }
                if (failedOnce.add(key.name())) {
                    throw new IllegalStateException("transient failure of " + key); // retried with backoff
                }
                String child = key.name() + "-child";
                if (children.lister().get(ns, child).isEmpty()) {
                    ConfigMap p = parent.get();
                    try {
                        configMaps.create(ns, ConfigMap.builder().metadata(m -> m.namespace(ns).name(child)
                                .putLabel("role", "child").addOwnerReference(r -> r.apiVersion("v1").kind("ConfigMap")
                                        .name(p.metadata().name()).uid(p.metadata().uid()).controller(true)))
                                .putData("from", p.metadata().name()).build(), CreateOptions.DEFAULT);
                    } catch (AlreadyExistsException e) {
                        return Result.requeue(); // our cache is behind: look again
                    }
                }
                return Result.done();
            };
            try (Controller controller = Controller.builder("children", parents, reconciler).owns(children).workers(2)
                    .build()) {
                controller.start();
                factory.start();
                factory.waitForCacheSync(Duration.ofSeconds(60));
                for (int i = 0; i < 5; i++) {
                    int n = i;
                    configMaps.create(ns, ConfigMap.builder().metadata(m -> m.namespace(ns).name("p" + n)
                            .putLabel("role", "parent")).build(), CreateOptions.DEFAULT);
                }
                Poll.until("five children", () -> children.indexer().size() == 5 ? true : null);
                assertThat(controller.failures()).isGreaterThanOrEqualTo(5);

                String oldUid = configMaps.get(ns, "p3-child", GetOptions.DEFAULT).metadata().uid();
                configMaps.delete(ns, "p3-child", DeleteOptions.DEFAULT);
                Poll.until("p3-child recreated", () -> configMaps.find(ns, "p3-child", GetOptions.DEFAULT)
                        .filter(c -> !c.metadata().uid().equals(oldUid)).orElse(null));
                Poll.until("the cache has the new child", () -> children.lister().get(ns, "p3-child")
                        .filter(c -> !c.metadata().uid().equals(oldUid)).orElse(null));
                assertThat(children.lister().get(ns, "p3-child")).get()
                        .satisfies(c -> assertThat(c.data()).containsEntry("from", "p3"));
                assertThat(controller.hasSynced()).isTrue();
            }
        }
        assertThat(Kube4jThreads.awaitNone(Duration.ofSeconds(10))).isEmpty();
    }
}
