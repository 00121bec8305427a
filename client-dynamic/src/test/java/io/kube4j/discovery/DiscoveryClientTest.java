package io.kube4j.discovery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.schema.GroupVersion;
import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.client.ServerErrorException;
import io.kube4j.client.UnauthorizedException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveryClientTest extends DiscoveryFixtures {
    @Test
    void aggregatedV2GivesEverythingInTwoRequests() {
        stubAggregated("aggregated-apis-v2.json", AGGREGATED_V2);
        DiscoveryClient discovery = DiscoveryClient.create(client());
        ServerResources all = discovery.resources();

        assertThat(all.isAggregated()).isTrue();
        assertThat(all.groups()).extracting(ApiGroup::name).containsExactly("", "apps", "events.k8s.io", "autoscaling",
                "stable.example.com", "metrics.k8s.io", "rbac.authorization.k8s.io");
        assertThat(all.group("autoscaling")).hasValue(new ApiGroup("autoscaling", List.of("v2", "v1"), "v2"));
        ApiResource pods = all.resources(GroupVersion.of("", "v1")).get(0);
        assertThat(pods.name()).isEqualTo("pods");
        assertThat(pods.kind()).isEqualTo("Pod");
        assertThat(pods.namespaced()).isTrue();
        assertThat(pods.shortNames()).containsExactly("po");
        assertThat(pods.categories()).containsExactly("all");
        assertThat(pods.supports("deletecollection")).isTrue();
        assertThat(pods.subresources()).extracting(ApiSubresource::name).containsExactly("status", "log", "eviction");
        assertThat(pods.subresource("eviction").get().kind()).isEqualTo(GroupVersionKind.of("policy", "v1", "Eviction"));
        ApiResource namespaces = all.resources(GroupVersion.of("", "v1")).get(1);
        assertThat(namespaces.namespaced()).isFalse();
        ApiResource crontabs = all.resources(GroupVersion.of("stable.example.com", "v1")).get(0);
        assertThat(crontabs.subresource("scale").get().kind()).isEqualTo(GroupVersionKind.of("autoscaling", "v1", "Scale"));
        assertThat(crontabs.singularName()).isEqualTo("crontab");

        assertThat(all.failures()).containsOnlyKeys(GroupVersion.of("metrics.k8s.io", "v1beta1"));
        assertThat(all.failures().get(GroupVersion.of("metrics.k8s.io", "v1beta1"))).hasMessageContaining("stale");
        assertThat(all.isComplete()).isFalse();
        assertThat(all.preferredResources()).extracting(ApiResource::groupVersionResource)
                .contains(io.kube4j.api.schema.GroupVersionResource.of("autoscaling", "v2", "horizontalpodautoscalers"))
                .doesNotContain(io.kube4j.api.schema.GroupVersionResource.of("autoscaling", "v1", "horizontalpodautoscalers"));

        WM.verify(exactly(1), getRequestedFor(urlPathEqualTo("/api")).withHeader("Accept",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo(io.kube4j.discovery.internal.AggregatedDiscovery.ACCEPT)));
        WM.verify(exactly(1), getRequestedFor(urlPathEqualTo("/apis")));
        WM.verify(exactly(0), getRequestedFor(urlPathMatching("/apis?/.+")));
    }

    @Test
    void aggregatedV2beta1IsReadToo() {
        stubAggregated("aggregated-apis-v2beta1.json", AGGREGATED_V2BETA1);
        ServerResources all = DiscoveryClient.create(client()).resources();
        assertThat(all.isAggregated()).isTrue();
        assertThat(all.resources(GroupVersion.of("apps", "v1"))).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("Deployment");
            assertThat(d.subresource("scale")).isPresent();
        });
        assertThat(all.isComplete()).isTrue();
    }

    @Test
    void legacyWhenTheServerAnswersPlainJson() {
        stubLegacy();
        DiscoveryClient discovery = DiscoveryClient.create(client());
        ServerResources all = discovery.resources();
        assertThat(all.isAggregated()).isFalse();
        assertThat(all.groups()).extracting(ApiGroup::name).containsExactly("", "apps", "stable.example.com", "metrics.k8s.io");
        assertThat(all.group("stable.example.com").get().versions()).containsExactly("v1", "v1beta1");
        ApiResource pods = all.resources(GroupVersion.of("", "v1")).get(0);
        assertThat(pods.singularName()).isEqualTo("pod").as("derived from the kind when the server sends none");
        assertThat(pods.subresources()).extracting(ApiSubresource::name).containsExactly("eviction", "log", "status");
        assertThat(pods.subresource("eviction").get().kind()).isEqualTo(GroupVersionKind.of("policy", "v1beta1", "Eviction"));
        assertThat(all.resources(GroupVersion.of("apps", "v1")).get(0).subresource("scale").get().kind())
                .isEqualTo(GroupVersionKind.of("autoscaling", "v1", "Scale"));
        assertThat(all.groupVersions()).containsExactly(GroupVersion.of("", "v1"), GroupVersion.of("apps", "v1"),
                GroupVersion.of("stable.example.com", "v1"), GroupVersion.of("stable.example.com", "v1beta1"));
        assertThat(all.failures()).hasEntrySatisfying(GroupVersion.of("metrics.k8s.io", "v1beta1"),
                e -> assertThat(e).isInstanceOf(ServerErrorException.class).hasMessageContaining("service unavailable"));
        assertThat(discovery.serverGroups()).hasSize(4);
        assertThat(discovery.resources(GroupVersion.of("nope", "v1"))).isEmpty();
    }

    @Test
    void aggregationCanBeTurnedOff() {
        stubAggregated("aggregated-apis-v2.json", AGGREGATED_V2);
        stubLegacy();
        ServerResources all = DiscoveryClient.builder(client()).aggregatedDiscovery(false).build().resources();
        assertThat(all.isAggregated()).isFalse();
        WM.verify(exactly(0), getRequestedFor(urlPathEqualTo("/api")).withHeader("Accept",
                com.github.tomakehurst.wiremock.client.WireMock.containing("apidiscovery")));
    }

    @Test
    void cachedInMemoryUntilInvalidated() {
        stubAggregated("aggregated-apis-v2.json", AGGREGATED_V2);
        DiscoveryClient discovery = DiscoveryClient.create(client());
        ServerResources first = discovery.resources();
        assertThat(discovery.resources()).isSameAs(first);
        discovery.serverGroups();
        WM.verify(exactly(1), getRequestedFor(urlPathEqualTo("/apis")));
        discovery.invalidate();
        ServerResources second = discovery.resources();
        assertThat(second).isNotSameAs(first);
        WM.verify(exactly(2), getRequestedFor(urlPathEqualTo("/apis")));
        assertThat(discovery.refresh()).isNotSameAs(second);
        WM.verify(exactly(3), getRequestedFor(urlPathEqualTo("/apis")));
    }

    @Test
    void rootFailuresAreThrownAndNotCached() {
        WM.stubFor(get(urlPathEqualTo("/api")).willReturn(aResponse().withStatus(401).withHeader("Content-Type",
                "application/json").withBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
                        + "\"message\":\"Unauthorized\",\"reason\":\"Unauthorized\",\"code\":401}")));
        DiscoveryClient discovery = DiscoveryClient.create(client());
        assertThatThrownBy(discovery::resources).isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(discovery::resources).isInstanceOf(UnauthorizedException.class);
        WM.verify(exactly(2), getRequestedFor(urlPathEqualTo("/api")));
    }

    @Test
    void malformedAggregatedDocumentNamesThePath() {
        WM.stubFor(get(urlPathEqualTo("/api")).willReturn(aResponse().withHeader("Content-Type", AGGREGATED_V2)
                .withBody("{\"kind\":\"APIGroupDiscoveryList\",\"apiVersion\":\"apidiscovery.k8s.io/v2\",\"items\":"
                        + "[{\"versions\":[{\"version\":\"v1\",\"resources\":[{\"resource\":\"pods\",\"verbs\":\"get\"}]}]}]}")));
        assertThatThrownBy(() -> DiscoveryClient.create(client()).resources())
                .isInstanceOf(io.kube4j.client.SerializationException.class)
                .hasMessage("discovery document: $.items[0].versions[0].resources[0].verbs: expected an array but found a string");
    }

    @Test
    void serverVersion() {
        WM.stubFor(get(urlPathEqualTo("/version")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"major\":\"1\",\"minor\":\"20\",\"gitVersion\":\"v1.20.2\",\"platform\":\"linux/amd64\"}")));
        assertThat(DiscoveryClient.create(client()).serverVersion().gitVersion()).isEqualTo("v1.20.2");
    }
}
