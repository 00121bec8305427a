package io.kube4j.informers;

import static io.kube4j.informers.Fixtures.CONFIG_MAPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.api.core.v1.Namespace;
import io.kube4j.api.core.v1.NamespaceList;
import io.kube4j.api.KubernetesObject;
import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.api.meta.v1.PartialObjectMetadata;
import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.client.Config;
import io.kube4j.client.KubernetesClient;
import io.kube4j.client.ResourceType;
import io.kube4j.client.RestClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sharing and option rules of the factory (no server needed: nothing is started). */
class SharedInformerFactoryTest {
    private static final ResourceType<Namespace, NamespaceList> NAMESPACES = ResourceType.clusterScoped(
            GroupVersionKind.of("", "v1", "Namespace"), "namespaces", Namespace.class, NamespaceList.class);

    private final RestClient client = RestClient.create(Config.builder().server("https://127.0.0.1:1").build());
    private final SharedInformerFactory factory = SharedInformerFactory.create(client, Duration.ofMinutes(10));

    @AfterEach
    void close() {
        factory.close();
        client.close();
    }

    @Test
    void oneInformerPerListWatch() {
        SharedIndexInformer<ConfigMap> a = factory.informerFor(CONFIG_MAPS, InformerOptions.namespace("x"));
        assertThat(factory.informerFor(CONFIG_MAPS, InformerOptions.namespace("x"))).isSameAs(a);
        assertThat(factory.informerFor(CONFIG_MAPS, InformerOptions.builder().namespace("x")
                .labelSelector("app = web").build()))
                .isNotSameAs(a)
                .isSameAs(factory.informerFor(CONFIG_MAPS, InformerOptions.builder().namespace("x")
                        .labelSelector("app=web").build()));
        assertThat(factory.informerFor(CONFIG_MAPS)).isNotSameAs(a);
        assertThat(factory.informers()).hasSize(3);
        assertThat(a.resourceType()).isEqualTo(CONFIG_MAPS);
        assertThat(a.options().namespace()).isEqualTo("x");
        assertThat(a.isRunning()).isFalse();
        assertThat(a.health().state()).isEqualTo(InformerHealth.State.NEW);
    }

    @Test
    void askingAgainWithOtherOptionsIsAnError() {
        factory.informerFor(CONFIG_MAPS, InformerOptions.namespace("x"));
        assertThatThrownBy(() -> factory.informerFor(CONFIG_MAPS, InformerOptions.builder().namespace("x")
                .transform(Transforms.stripManagedFields()).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exists with other options");
    }

    @Test
    void badInputIsRejectedClearly() {
        assertThatThrownBy(() -> factory.informerFor(NAMESPACES, InformerOptions.namespace("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cluster-scoped");
        assertThatThrownBy(() -> InformerOptions.builder().labelSelector("a in (")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InformerOptions.builder().resyncPeriod(Duration.ofMillis(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1s");
        assertThatThrownBy(() -> InformerOptions.builder().pageSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InformerOptions.builder().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        SharedIndexInformer<ConfigMap> i = factory.informerFor(CONFIG_MAPS);
        assertThatThrownBy(() -> i.addEventHandler(new ResourceEventHandler<>() { }, Duration.ofMillis(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> i.waitForCacheSync(Duration.ofSeconds(1))).isInstanceOf(IllegalStateException.class);
        assertThat(factory.informerFor(NAMESPACES).lister().get("default")).isEmpty();
    }

    @Test
    void closeIsIdempotentAndFinal() {
        SharedIndexInformer<ConfigMap> i = factory.informerFor(CONFIG_MAPS);
        factory.close();
        factory.close();
        assertThat(i.isRunning()).isFalse();
        assertThatThrownBy(() -> factory.informerFor(CONFIG_MAPS)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(i::start).isInstanceOf(IllegalStateException.class);
        factory.waitForCacheSync(Duration.ofMillis(1)); // nothing running: nothing to wait for
    }

    @Test
    void modelClassesAndMetadataOnlyInformers() {
        SharedIndexInformer<ConfigMap> byType = factory.informerFor(CONFIG_MAPS, InformerOptions.namespace("x"));
        assertThat(factory.informerFor(ConfigMap.class, InformerOptions.namespace("x"))).isSameAs(byType);
        SharedIndexInformer<PartialObjectMetadata> meta = factory.metadataInformerFor(ConfigMap.class,
                InformerOptions.namespace("x"));
        assertThat(meta).isNotSameAs(byType).isSameAs(factory.metadataInformerFor(CONFIG_MAPS, InformerOptions.namespace("x")));
        assertThat(factory.informerFor(Namespace.class).resourceType().namespaced()).isFalse();
        assertThatThrownBy(() -> factory.informerFor(NotAResource.class)).isInstanceOf(IllegalArgumentException.class);
        try (KubernetesClient kc = KubernetesClient.create(Config.builder().server("https://127.0.0.1:1").build());
                SharedInformerFactory f = SharedInformerFactory.create(kc, Duration.ZERO)) {
            assertThat(f.client()).isSameAs(kc.restClient());
        }
    }

    /** A model without {@code @KubeResource}: not something the server lists. */
    static final class NotAResource implements KubernetesObject {
        @Override
        public String apiVersion() {
            return "v1";
        }

        @Override
        public String kind() {
            return "NotAResource";
        }

        @Override
        public ObjectMeta metadata() {
            return null;
        }
    }
}
