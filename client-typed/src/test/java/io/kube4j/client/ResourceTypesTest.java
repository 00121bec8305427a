package io.kube4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.core.v1.Pod;
import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.api.schema.GroupVersionResource;
import io.kube4j.client.core.v1.PodClient;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in registry agrees with every model's {@code @KubeResource}. */
class ResourceTypesTest {
    static List<ResourceType<?, ?>> all() {
        return ResourceTypes.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void annotationConstantAndLookupsAgree(ResourceType<?, ?> type) {
        assertThat((Object) ResourceType.of((Class) type.type())).isEqualTo(type);
        assertThat(ResourceTypes.find(type.gvk())).containsSame(type);
        assertThat(ResourceTypes.find(type.gvr())).containsSame(type);
        assertThat(type.gvk().kind()).isEqualTo(type.type().getSimpleName());
        if (type.listType() != io.kube4j.api.GenericKubernetesList.class) {
            assertThat(type.listType().getSimpleName()).isEqualTo(type.kind() + "List");
        }
    }

    @Test
    void theRegistryCoversTheSpecsResources() {
        List<ResourceType<?, ?>> all = ResourceTypes.all();
        Set<GroupVersionResource> distinct = new HashSet<>();
        all.forEach(t -> distinct.add(t.gvr()));
        assertThat(distinct).hasSize(all.size());
        assertThat(all).hasSizeGreaterThan(80).contains(PodClient.TYPE);
        assertThat((Object) ResourceTypes.of(Pod.class)).isEqualTo(PodClient.TYPE);
        assertThat(ResourceTypes.find(GroupVersionKind.of("apps", "v1", "Deployment")).orElseThrow().plural())
                .isEqualTo("deployments");
        assertThat(ResourceTypes.find(GroupVersionKind.of("", "v1", "Binding")).orElseThrow().namespaced()).isTrue();
        assertThat(ResourceTypes.find(GroupVersionKind.of("example.com", "v1", "Widget"))).isEmpty();
        assertThat(ResourceTypes.find(GroupVersionResource.of("", "v1", "nodes")).orElseThrow().namespaced())
                .isFalse();
        assertThat(ResourceTypes.find(GroupVersionResource.of("", "v1", "pods/status"))).isEmpty();
    }
}
