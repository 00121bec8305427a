package io.kube4j.informers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.api.core.v1.Pod;
import io.kube4j.dynamic.Unstructured;
import org.junit.jupiter.api.Test;

class TransformsTest {
    @Test
    void stripManagedFieldsKeepsEverythingElse() {
        Pod pod = Pod.builder().metadata(m -> m.namespace("ns").name("p").resourceVersion("5").putLabel("a", "b")
                .addManagedField(f -> f.manager("kubectl").operation("Apply")))
                .spec(s -> s.nodeName("n1")).build();
        Pod stripped = (Pod) Transforms.stripManagedFields().apply(pod);
        assertThat(stripped.metadata().managedFields()).isEmpty();
        assertThat(stripped.metadata().labels()).containsEntry("a", "b");
        assertThat(stripped.metadata().resourceVersion()).isEqualTo("5");
        assertThat(stripped.spec().nodeName()).isEqualTo("n1");
        assertThat(pod.metadata().managedFields()).hasSize(1); // the input is untouched
        ConfigMap none = Fixtures.cm("a", "1");
        assertThat(Transforms.stripManagedFields().apply(none)).isSameAs(none);
    }

    @Test
    void stripManagedFieldsOfUnstructuredObjects() {
        Unstructured u = Unstructured.fromJson("{\"apiVersion\":\"x.io/v1\",\"kind\":\"W\",\"metadata\":{\"name\":\"w\","
                + "\"resourceVersion\":\"3\",\"managedFields\":[{\"manager\":\"m\"}]},\"spec\":{\"a\":1}}");
        Unstructured stripped = (Unstructured) Transforms.stripManagedFields().apply(u);
        assertThat(stripped.getNested("metadata", "managedFields")).isEmpty();
        assertThat(stripped.resourceVersion()).isEqualTo("3");
        assertThat(stripped.getNestedLong("spec", "a")).contains(1L);
        Unstructured none = stripped;
        assertThat(Transforms.stripManagedFields().apply(none)).isSameAs(none);
    }

    @Test
    void typedTransformsTouchOnlyTheirType() {
        Transform dropData = Transforms.of(ConfigMap.class, c -> c.toBuilder().data(null).build());
        ConfigMap cm = Fixtures.cm("a", "1").toBuilder().putData("k", "v").build();
        assertThat(((ConfigMap) dropData.apply(cm)).data()).isEmpty();
        Pod pod = Pod.builder().metadata(m -> m.name("p")).build();
        assertThat(dropData.apply(pod)).isSameAs(pod);
        Transform both = Transforms.stripManagedFields().andThen(dropData);
        assertThat(((ConfigMap) both.apply(cm)).data()).isEmpty();
        assertThat(Transforms.identity().apply(cm)).isSameAs(cm);
    }
}
