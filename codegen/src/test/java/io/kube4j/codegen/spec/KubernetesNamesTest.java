package io.kube4j.codegen.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.codegen.model.ScalarKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KubernetesNamesTest {
    @ParameterizedTest
    @CsvSource({
        "io.k8s.api.core.v1.Pod, TYPED, io.kube4j.api.core.v1, Pod",
        "io.k8s.api.apps.v1.Deployment, TYPED, io.kube4j.api.apps.v1, Deployment",
        "io.k8s.api.networking.v1.Ingress, TYPED, io.kube4j.api.networking.v1, Ingress",
        "io.k8s.api.apiserverinternal.v1alpha1.StorageVersion, TYPED, io.kube4j.api.apiserverinternal.v1alpha1, StorageVersion",
        "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition, TYPED, io.kube4j.api.apiextensions.v1, CustomResourceDefinition",
        "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService, TYPED, io.kube4j.api.apiregistration.v1, APIService",
        "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta, CORE, io.kube4j.api.meta.v1, ObjectMeta",
        "io.k8s.apimachinery.pkg.version.Info, CORE, io.kube4j.api.version, Info",
    })
    void mapsSchemaNamesToJavaPackages(String schema, KubernetesNames.Module module, String pkg, String cls) {
        assertThat(KubernetesNames.target(schema)).isEqualTo(new KubernetesNames.Target(module, pkg, cls));
    }

    @ParameterizedTest
    @CsvSource({
        "io.k8s.apimachinery.pkg.apis.meta.v1.Time, TIME",
        "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime, MICRO_TIME",
        "io.k8s.apimachinery.pkg.api.resource.Quantity, QUANTITY",
        "io.k8s.apimachinery.pkg.util.intstr.IntOrString, INT_OR_STRING",
        "io.k8s.apimachinery.pkg.runtime.RawExtension, ANY",
        "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON, ANY",
        "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool, ANY",
    })
    void specialSchemasMapOntoFixedTypes(String schema, ScalarKind kind) {
        assertThat(KubernetesNames.special(schema)).contains(kind);
    }

    @Test
    void fieldsV1IsRawJsonAndUnknownPrefixesFail() {
        assertThat(KubernetesNames.isRawJson("io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1")).isTrue();
        assertThat(KubernetesNames.special("io.k8s.api.core.v1.Pod")).isEmpty();
        assertThatThrownBy(() -> KubernetesNames.target("com.example.v1.Thing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("com.example.v1.Thing");
    }
}
