package io.kube4j.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.GenericKubernetesList;
import io.kube4j.api.KubeResource;
import io.kube4j.api.KubernetesList;
import io.kube4j.api.KubernetesObject;
import io.kube4j.api.meta.v1.ListMeta;
import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.api.schema.GroupVersionResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ResourceType#of(Class)} from {@code @KubeResource}, and generic lists through the engine. */
class AnnotatedResourceTypeTest extends WireMockSupport {

    /** A hand-written model as a user would write it: a record, no list class. */
    @KubeResource(group = "example.com", version = "v1", plural = "gadgets", namespaced = true)
    record Gadget(String apiVersion, String kind, ObjectMeta metadata, Map<String, Object> spec)
            implements KubernetesObject {
    }

    @KubeResource(group = "", version = "v1", kind = "Pod", plural = "pods", namespaced = true,
            listType = AnnotatedPodList.class)
    static final class AnnotatedPod extends Base {
    }

    abstract static class AnnotatedPodList implements KubernetesList<AnnotatedPod> {
    }

    @KubeResource(group = "example.com", version = "v1", kind = "Thing", plural = "things", namespaced = false,
            listType = TestPodList.class)
    static final class WrongList extends Base {
    }

    /** A list whose KubernetesList<X> comes from a generic base class. */
    abstract static class BaseList<X extends KubernetesObject> implements KubernetesList<X> {
    }

    abstract static class InheritedPodList extends BaseList<AnnotatedPod> {
    }

    @KubeResource(group = "example.com", version = "v1", kind = "Thing", plural = "things", namespaced = false,
            listType = InheritedPodList.class)
    static final class WrongInheritedList extends Base {
    }

    @KubeResource(group = "example.com", version = "", plural = "things", namespaced = false)
    static final class NoVersion extends Base {
    }

    static final class NotAnnotated extends Base {
    }

    abstract static class Base implements KubernetesObject {
        @Override
        public String apiVersion() {
            return null;
        }

        @Override
        public String kind() {
            return null;
        }

        @Override
        public ObjectMeta metadata() {
            return null;
        }
    }

    @Test
    void annotationGivesTheResourceType() {
        ResourceType<Gadget, ? extends KubernetesList<Gadget>> type = ResourceType.of(Gadget.class);
        assertThat(type.gvk()).isEqualTo(GroupVersionKind.of("example.com", "v1", "Gadget"));
        assertThat(type.gvr()).isEqualTo(GroupVersionResource.of("example.com", "v1", "gadgets"));
        assertThat(type.namespaced()).isTrue();
        assertThat(type.listType()).isEqualTo(GenericKubernetesList.class);
        assertThat(type).isEqualTo(ResourceType.namespaced(type.gvk(), "gadgets", Gadget.class));
        assertThat(ResourceType.of(Gadget.class)).isSameAs(type);

        var pods = ResourceType.of(AnnotatedPod.class);
        assertThat(pods.listType()).isEqualTo(AnnotatedPodList.class);
        assertThat(pods.kind()).isEqualTo("Pod");
        assertThat(ResourceType.isAnnotated(AnnotatedPod.class)).isTrue();
        assertThat(ResourceType.isAnnotated(NotAnnotated.class)).isFalse();
    }

    @Test
    void badAnnotationsAreExplained() {
        assertThatThrownBy(() -> ResourceType.of(NotAnnotated.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NotAnnotated has no @io.kube4j.api.KubeResource annotation");
        assertThatThrownBy(() -> ResourceType.of(WrongList.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names list type").hasMessageContaining("a list of");
        assertThatThrownBy(() -> ResourceType.of(WrongInheritedList.class)).as("item type bound by a base class")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a list of")
                .hasMessageContaining("AnnotatedPod");
        assertThatThrownBy(() -> ResourceType.of(NoVersion.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@KubeResource of").hasMessageContaining("needs a version");
    }

    @Test
    void genericListsDecodeTheirItemsAsTheModelClass() {
        WM.stubFor(get(urlPathEqualTo("/apis/example.com/v1/namespaces/ns/gadgets")).willReturn(okJson(
                "{\"apiVersion\":\"example.com/v1\",\"kind\":\"GadgetList\",\"metadata\":{\"resourceVersion\":\"5\"},"
                        + "\"items\":[{\"apiVersion\":\"example.com/v1\",\"kind\":\"Gadget\",\"metadata\":{\"name\":"
                        + "\"g1\"},\"spec\":{\"size\":3}}],\"future\":true}")));
        var gadgets = client().resource(ResourceType.of(Gadget.class));
        KubernetesList<Gadget> list = gadgets.list("ns", ListOptions.DEFAULT);
        assertThat(list).isInstanceOf(GenericKubernetesList.class);
        assertThat(list.kind()).isEqualTo("GadgetList");
        assertThat(list.metadata().resourceVersion()).isEqualTo("5");
        Gadget g = list.items().get(0);
        assertThat(g.metadata().name()).isEqualTo("g1");
        assertThat(g.spec()).containsEntry("size", 3);
        assertThat(((GenericKubernetesList<Gadget>) list).extras()).containsEntry("future", true);
        assertThat(gadgets.listAll("ns", ListOptions.DEFAULT).map(x -> x.metadata().name())).containsExactly("g1");
    }

    @Test
    void brokenGenericListBodiesAreSerializationErrors() {
        WM.stubFor(get(urlPathEqualTo("/apis/example.com/v1/namespaces/ns/gadgets"))
                .willReturn(okJson("{\"items\":[{\"metadata\":\"not an object\"}]}")));
        var gadgets = client().resource(ResourceType.of(Gadget.class));
        assertThatThrownBy(() -> gadgets.list("ns", ListOptions.DEFAULT)).isInstanceOf(SerializationException.class)
                .hasMessageContaining("GenericKubernetesList");
    }

    @Test
    void genericListRoundTripsThroughJson() {
        GenericKubernetesList<Object> list = GenericKubernetesList.of("v1", "ThingList",
                ListMeta.builder().resourceVersion("1").build(), List.of(Map.of("a", 1)));
        String json = Json.write(list);
        assertThat(json).isEqualTo("{\"apiVersion\":\"v1\",\"kind\":\"ThingList\",\"metadata\":{\"resourceVersion\""
                + ":\"1\"},\"items\":[{\"a\":1}]}");
        assertThat(Json.read(json, GenericKubernetesList.class)).isEqualTo(list);
        assertThat(list.toString()).contains("ThingList");
    }

    @Test
    void createOnlyKindsNeedNoMetadata() {
        WM.stubFor(post(urlPathEqualTo("/apis/example.com/v1/reviews")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"spec\":{\"ok\":true}}")));
        var reviews = client().resource(ResourceType.clusterScoped(GroupVersionKind.of("example.com", "v1", "Review"),
                "reviews", Gadget.class));
        Gadget answer = reviews.create(null, new Gadget(null, null, null, Map.of("user", "me")), CreateOptions.DEFAULT);
        assertThat(answer.spec()).containsEntry("ok", true);
        WM.verify(postRequestedFor(urlPathEqualTo("/apis/example.com/v1/reviews"))
                .withRequestBody(equalToJson("{\"spec\":{\"user\":\"me\"}}")));
        var gadgets = client().resource(ResourceType.of(Gadget.class));
        assertThatThrownBy(() -> gadgets.create(null, new Gadget(null, null, null, Map.of()), CreateOptions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a namespace is required");
    }

    @Test
    void subresourceCallsCarryTheirOptions() {
        WM.stubFor(get(urlPathEqualTo("/api/v1/namespaces/ns/pods/web/scale"))
                .withQueryParam("resourceVersion", equalTo("0")).willReturn(okJson("{\"spec\":{\"replicas\":2}}")));
        WM.stubFor(put(urlPathEqualTo("/api/v1/namespaces/ns/pods/web/scale")).willReturn(okJson("{}")));
        WM.stubFor(post(urlPathEqualTo("/api/v1/namespaces/ns/pods/web/eviction")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"kind\":\"Status\"}")));
        WM.stubFor(put(urlPathEqualTo("/api/v1/namespaces/ns/pods/web/resize"))
                .willReturn(okJson(podJson("ns", "web"))));
        var pods = client().resource(ResourceClientTest.PODS);
        String scale = pods.getSubresource("ns", "web", "scale", GetOptions.resourceVersion("0"), String.class);
        assertThat(scale).contains("replicas");
        pods.putSubresource("ns", "web", "scale", Map.of("spec", Map.of("replicas", 3)), UpdateOptions.DRY_RUN,
                Map.class);
        WM.verify(putRequestedFor(urlPathEqualTo("/api/v1/namespaces/ns/pods/web/scale"))
                .withQueryParam("dryRun", equalTo("All"))
                .withRequestBody(equalToJson("{\"spec\":{\"replicas\":3}}")));
        pods.postSubresource("ns", "web", "eviction", Map.of("kind", "Eviction"),
                CreateOptions.fieldManager("me"), Void.class);
        WM.verify(postRequestedFor(urlPathEqualTo("/api/v1/namespaces/ns/pods/web/eviction"))
                .withQueryParam("fieldManager", equalTo("me")));
        TestPod pod = Json.read(podJson("ns", "web"), TestPod.class);
        assertThat(pods.updateSubresource(null, pod, "resize", UpdateOptions.DEFAULT).metadata().name())
                .isEqualTo("web");
        WM.verify(putRequestedFor(urlPathEqualTo("/api/v1/namespaces/ns/pods/web/resize")));
    }
}
