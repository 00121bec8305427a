package io.kube4j.discovery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.schema.GroupKind;
import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.api.schema.GroupVersionResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RestMapperTest extends DiscoveryFixtures {
    RestMapper mapper;

    @BeforeEach
    void setUp() {
        stubAggregated("aggregated-apis-v2.json", AGGREGATED_V2);
        mapper = RestMapper.create(DiscoveryClient.create(client()));
    }

    @ParameterizedTest
    @CsvSource({
        "po, '', v1, pods",
        "pods, '', v1, pods",
        "pod, '', v1, pods",
        "Pod, '', v1, pods",
        "PODS, '', v1, pods",
        "ns, '', v1, namespaces",
        "deploy, apps, v1, deployments",
        "deployments.apps, apps, v1, deployments",
        "deployments.v1.apps, apps, v1, deployments",
        "Deployment.apps, apps, v1, deployments",
        "deployment.v1.apps, apps, v1, deployments",
        "pods.v1., '', v1, pods",
        "ct, stable.example.com, v1, crontabs",
        "CronTab, stable.example.com, v1, crontabs",
        "crontabs.stable.example.com, stable.example.com, v1, crontabs",
        "crontabs.v1beta1.stable.example.com, stable.example.com, v1beta1, crontabs",
        "events, '', v1, events",
        "ev, '', v1, events",
        "events.events.k8s.io, events.k8s.io, v1, events",
        "hpa, autoscaling, v2, horizontalpodautoscalers",
        "horizontalpodautoscalers.v1.autoscaling, autoscaling, v1, horizontalpodautoscalers",
        "clusterroles, rbac.authorization.k8s.io, v1, clusterroles"})
    void resourceOrKindArguments(String arg, String group, String version, String resource) {
        assertThat(mapper.mappingFor(arg).resource()).isEqualTo(GroupVersionResource.of(group, version, resource));
    }

    @Test
    void exactKindsAndScope() {
        RestMapping ct = mapper.mapping(GroupVersionKind.of("stable.example.com", "v1beta1", "CronTab"));
        assertThat(ct.resource()).isEqualTo(GroupVersionResource.of("stable.example.com", "v1beta1", "crontabs"));
        assertThat(ct.namespaced()).isTrue();
        assertThat(mapper.mapping(GroupVersionKind.of("", "v1", "Namespace")).namespaced()).isFalse();
        assertThat(mapper.mapping(GroupVersionKind.of("rbac.authorization.k8s.io", "v1", "ClusterRole")).namespaced()).isFalse();
        assertThat(mapper.findMapping(GroupVersionKind.of("apps", "v1beta1", "Deployment"))).isEmpty();
        assertThat(mapper.mapping(GroupKind.of("autoscaling", "HorizontalPodAutoscaler")).kind().version()).isEqualTo("v2");
        assertThat(mapper.mapping(GroupKind.of("autoscaling", "HorizontalPodAutoscaler"), "v3", "v1").kind().version())
                .isEqualTo("v1");
        assertThat(mapper.mappings(GroupKind.of("stable.example.com", "CronTab"))).extracting(m -> m.kind().version())
                .containsExactly("v1", "v1beta1");
        assertThat(mapper.mappingsFor(GroupVersionResource.of("", "", "events"))).extracting(m -> m.resource().group())
                .containsExactly("", "events.k8s.io");
        assertThat(mapper.kindFor(GroupVersionResource.of("", "", "deploy"))).isEqualTo(GroupVersionKind.of("apps", "v1", "Deployment"));
        assertThat(mapper.resourceFor(GroupVersionResource.of("stable.example.com", "v1beta1", "ct")))
                .isEqualTo(GroupVersionResource.of("stable.example.com", "v1beta1", "crontabs"));
        assertThat(mapper.mappingForKind("", "", "deployment").resource().resource()).isEqualTo("deployments");
        assertThat(mapper.mapping(GroupKind.of("", "Pod")).resource()).isEqualTo(GroupVersionResource.of("", "v1", "pods"));
        assertThatThrownBy(() -> mapper.mapping(GroupKind.of("", "Deployment"))).isInstanceOf(NoMatchException.class)
                .as("an empty group in a GroupKind is the core group, not a wildcard");
    }

    @Test
    void aMissRefreshesOnceAndFindsWhatWasJustCreated() {
        assertThat(mapper.mappingFor("deploy")).isNotNull();
        WM.verify(exactly(1), getRequestedFor(urlPathEqualTo("/apis")));
        // a CRD appears
        WM.stubFor(get(urlPathEqualTo("/apis")).atPriority(0).willReturn(aResponse().withHeader("Content-Type", AGGREGATED_V2)
                .withBody(fixture("aggregated-apis-v2.json").replace("\"rbac.authorization.k8s.io\"", "\"new.example.com\"")
                        .replace("\"ClusterRole\"", "\"Widget\"").replace("clusterroles", "widgets")
                        .replace("\"clusterrole\"", "\"widget\""))));
        RestMapping widget = mapper.mapping(GroupVersionKind.of("new.example.com", "v1", "Widget"));
        assertThat(widget.resource()).isEqualTo(GroupVersionResource.of("new.example.com", "v1", "widgets"));
        WM.verify(exactly(2), getRequestedFor(urlPathEqualTo("/apis")));
        assertThat(mapper.mappingFor("widgets")).isEqualTo(widget);
        WM.verify(exactly(2), getRequestedFor(urlPathEqualTo("/apis")));
    }

    @Test
    void unknownKindsFailClearlyAfterOneRefresh() {
        assertThatThrownBy(() -> mapper.mapping(GroupVersionKind.of("nope.example.com", "v1", "Nope")))
                .isInstanceOfSatisfying(NoMatchException.class,
                        e -> assertThat(e.query()).isEqualTo("nope.example.com/v1, Kind=Nope"))
                .hasMessage("no resource serves kind nope.example.com/v1, Kind=Nope (discovery failed for metrics.k8s.io/v1beta1)");
        WM.verify(exactly(2), getRequestedFor(urlPathEqualTo("/apis")));
        assertThatThrownBy(() -> mapper.mappingFor("gizmos")).isInstanceOf(NoMatchException.class)
                .hasMessageStartingWith("the server doesn't have a resource type \"gizmos\"");
        assertThatThrownBy(() -> mapper.mappingFor(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
