package io.kube4j.dynamic.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.dynamic.Unstructured;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplyOrderTest {
    @Test
    void namespacesThenCrdsThenTheRestInManifestOrderAndDeletionInReverse() {
        Manifest m = Manifests.read("""
                {"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"}}
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"}}
                {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"widgets.example.com"}}
                {"apiVersion":"v1","kind":"Namespace","metadata":{"name":"n"}}
                {"apiVersion":"other/v1","kind":"Namespace","metadata":{"name":"not-a-core-namespace"}}
                {"apiVersion":"apiextensions.k8s.io/v1beta1","kind":"CustomResourceDefinition","metadata":{"name":"old"}}
                """);
        assertThat(ApplyOrder.forward(m.objects())).containsExactly(3, 2, 5, 0, 1, 4);
        assertThat(ApplyOrder.reverse(m.objects())).containsExactly(4, 1, 0, 5, 2, 3);
    }

    @Test
    void servedKindsOfV1AndV1beta1Crds() {
        Unstructured v1 = Unstructured.fromJson("""
                {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","spec":{"group":"g.io",
                 "names":{"kind":"Thing"},"versions":[{"name":"v1","served":true},{"name":"v2","served":false},{"name":"v3"}]}}""");
        assertThat(CrdReadiness.servedKinds(v1)).containsExactly(GroupVersionKind.of("g.io", "v1", "Thing"),
                GroupVersionKind.of("g.io", "v3", "Thing"));
        Unstructured v1beta1 = Unstructured.fromJson("""
                {"apiVersion":"apiextensions.k8s.io/v1beta1","kind":"CustomResourceDefinition","spec":{"group":"g.io",
                 "names":{"kind":"Old"},"version":"v1alpha1"}}""");
        assertThat(CrdReadiness.servedKinds(v1beta1)).containsExactly(GroupVersionKind.of("g.io", "v1alpha1", "Old"));
        assertThat(CrdReadiness.servedKinds(Unstructured.of("apiextensions.k8s.io/v1", "CustomResourceDefinition")))
                .isEmpty();
        assertThat(CrdReadiness.isCrd(v1)).isTrue();
        assertThat(CrdReadiness.isCrd(Unstructured.of("example.com/v1", "CustomResourceDefinition"))).isFalse();
        assertThat(List.of(ApplyOrder.phase(v1), ApplyOrder.phase(Unstructured.of("v1", "Namespace")),
                ApplyOrder.phase(Unstructured.of("v1", "Pod")))).containsExactly(1, 0, 2);
    }
}
