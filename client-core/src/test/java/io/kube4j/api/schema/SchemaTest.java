package io.kube4j.api.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaTest {

    @ParameterizedTest(name = "{0} -> group={1} version={2}")
    @CsvSource({"v1, '', v1", "apps/v1, apps, v1", "'', '', ''", "/, '', ''", "stable.example.com/v1beta1, "
        + "stable.example.com, v1beta1", "/v1, '', v1", "apps/, apps, ''"})
    void parsesGroupVersions(String text, String group, String version) {
        GroupVersion gv = GroupVersion.parse(text);
        assertThat(gv).isEqualTo(GroupVersion.of(group, version));
    }

    @Test
    void rejectsMoreThanOneSlash() {
        assertThatThrownBy(() -> GroupVersion.parse("a/b/c"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a/b/c");
        assertThatThrownBy(() -> GroupVersion.of(null, "v1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group");
    }

    @Test
    void printsLikeGo() {
        assertThat(GroupVersion.of("", "v1")).hasToString("v1");
        assertThat(GroupVersion.of("apps", "v1")).hasToString("apps/v1");
        assertThat(GroupVersion.of("apps", "v1").apiVersion()).isEqualTo("apps/v1");
        assertThat(GroupVersionKind.of("apps", "v1", "Deployment")).hasToString("apps/v1, Kind=Deployment");
        assertThat(GroupVersionKind.of("", "v1", "Pod")).hasToString("/v1, Kind=Pod");
        assertThat(GroupVersionKind.of("", "v1", "Pod").apiVersion()).isEqualTo("v1");
        assertThat(GroupVersionResource.of("apps", "v1", "deployments")).hasToString("apps/v1, Resource=deployments");
        assertThat(GroupVersionResource.of("", "v1", "pods")).hasToString("/v1, Resource=pods");
        assertThat(GroupVersionResource.of("", "v1", "pods").apiVersion()).isEqualTo("v1");
        assertThat(GroupKind.of("apps", "Deployment")).hasToString("Deployment.apps");
        assertThat(GroupKind.of("", "Pod")).hasToString("Pod");
        assertThat(GroupResource.of("apps", "deployments")).hasToString("deployments.apps");
        assertThat(GroupResource.of("", "pods")).hasToString("pods");
    }

    @Test
    void convertsBetweenForms() {
        GroupVersion apps = GroupVersion.of("apps", "v1");
        GroupVersionKind gvk = apps.withKind("Deployment");
        GroupVersionResource gvr = apps.withResource("deployments");
        assertThat(gvk.groupVersion()).isEqualTo(apps);
        assertThat(gvk.groupKind()).isEqualTo(GroupKind.of("apps", "Deployment"));
        assertThat(gvk.groupKind().withVersion("v1")).isEqualTo(gvk);
        assertThat(gvr.groupResource()).isEqualTo(GroupResource.of("apps", "deployments"));
        assertThat(gvr.groupResource().withVersion("v1")).isEqualTo(gvr);
        assertThat(gvr.groupVersion()).isEqualTo(apps);
        assertThat(GroupVersionKind.fromApiVersionAndKind("apps/v1", "Deployment")).isEqualTo(gvk);
        assertThat(GroupVersionKind.fromApiVersionAndKind("v1", "Pod")).isEqualTo(GroupVersionKind.of("", "v1", "Pod"));
        assertThat(GroupVersionKind.fromApiVersionAndKind("a/b/c", "X")).isEqualTo(GroupVersionKind.of("", "", "X"));
        assertThat(GroupVersionKind.of("", "", "").isEmpty()).isTrue();
        assertThat(gvk.isEmpty()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"deployments.v1.apps, apps, v1, deployments", "pods.v1., '', v1, pods",
        "crontabs.v1.stable.example.com, stable.example.com, v1, crontabs"})
    void parsesResourceArguments(String arg, String group, String version, String resource) {
        GroupVersionResource expected = GroupVersionResource.of(group, version, resource);
        assertThat(GroupVersionResource.parseResourceArg(arg)).hasValue(expected);
        assertThat(GroupVersionResource.parse(arg)).isEqualTo(expected);
    }

    @Test
    void resourceArgumentsWithFewerThanTwoDotsAreGroupResources() {
        assertThat(GroupVersionResource.parseResourceArg("deployments.apps")).isEmpty();
        assertThat(GroupVersionResource.parseResourceArg("pods")).isEmpty();
        assertThatThrownBy(() -> GroupVersionResource.parse("pods"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"pods\"");
        assertThat(GroupResource.parse("deployments.apps")).isEqualTo(GroupResource.of("apps", "deployments"));
        assertThat(GroupResource.parse("deployments.v1.apps")).isEqualTo(GroupResource.of("v1.apps", "deployments"));
        assertThat(GroupResource.parse("pods")).isEqualTo(GroupResource.of("", "pods"));
        assertThat(GroupKind.parse("Deployment.apps")).isEqualTo(GroupKind.of("apps", "Deployment"));
        assertThat(GroupKind.parse("Pod")).isEqualTo(GroupKind.of("", "Pod"));
    }
}
