package io.kube4j.api.core.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.KubernetesList;
import io.kube4j.api.KubernetesObject;
import io.kube4j.api.apps.v1.Deployment;
import io.kube4j.api.intstr.IntOrString;
import io.kube4j.api.resource.Quantity;
import io.kube4j.client.Json;
import io.kube4j.client.SerializationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodModelTest {
    private static Pod web() {
        return Pod.builder()
                .metadata(m -> m.name("web").namespace("default").putLabel("app", "web"))
                .spec(s -> s.addContainer(c -> c.name("nginx").image("nginx:1.27")
                        .addPort(p -> p.containerPort(80).protocol("TCP"))
                        .resources(r -> r.putLimit("cpu", Quantity.parse("500m")))))
                .build();
    }

    @Test
    void buildsWithNestedLambdasAndWritesOnlyWhatIsSet() {
        assertThat(Json.write(web())).isEqualTo("{\"apiVersion\":\"v1\",\"kind\":\"Pod\","
                + "\"metadata\":{\"labels\":{\"app\":\"web\"},\"name\":\"web\",\"namespace\":\"default\"},"
                + "\"spec\":{\"containers\":[{\"image\":\"nginx:1.27\",\"name\":\"nginx\",\"ports\":[{\"containerPort\":80,"
                + "\"protocol\":\"TCP\"}],\"resources\":{\"limits\":{\"cpu\":\"500m\"}}}]}}");
    }

    @Test
    void kindsImplementTheCommonInterfacesAndDefaultTheirGroupVersionKind() {
        KubernetesObject pod = Pod.builder().build();
        assertThat(pod.apiVersion()).isEqualTo("v1").isEqualTo(Pod.API_VERSION);
        assertThat(pod.kind()).isEqualTo("Pod").isEqualTo(Pod.KIND);
        assertThat(Deployment.builder().build().apiVersion()).isEqualTo("apps/v1");
        assertThat(Json.read("{\"metadata\":{\"name\":\"x\"}}", Pod.class).kind()).isEqualTo("Pod");

        KubernetesList<Pod> list = Json.read("{\"metadata\":{\"resourceVersion\":\"7\",\"continue\":\"abc\"},"
                + "\"items\":[{\"metadata\":{\"name\":\"a\"}},{\"metadata\":{\"name\":\"b\"}}]}", PodList.class);
        assertThat(list.kind()).isEqualTo("PodList");
        assertThat(list.metadata().continueToken()).isEqualTo("abc");
        assertThat(list.items()).extracting(p -> p.metadata().name()).containsExactly("a", "b");
        assertThat(list.items().get(0).kind()).isEqualTo("Pod");
    }

    @Test
    void editingACopyNeverChangesTheOriginal() {
        Pod original = web();
        Pod changed = original.toBuilder()
                .metadata(m -> m.putLabel("tier", "frontend").removeLabel("app"))
                .spec(s -> s.addContainer(c -> c.name("sidecar")))
                .build();
        assertThat(original.metadata().labels()).containsOnlyKeys("app");
        assertThat(original.spec().containers()).hasSize(1);
        assertThat(changed.metadata().labels()).containsOnlyKeys("tier");
        assertThat(changed.spec().containers()).extracting(Container::name).containsExactly("nginx", "sidecar");
        assertThat(changed.metadata().name()).isEqualTo("web");
        assertThat(original).isEqualTo(web()).hasSameHashCodeAs(web()).isNotEqualTo(changed);
    }

    @Test
    void builderReuseDoesNotLeakIntoBuiltObjects() {
        Pod.Builder b = Pod.builder().metadata(m -> m.name("a"));
        PodSpec.Builder spec = PodSpec.builder().addContainer(c -> c.name("one"));
        Pod first = b.spec(spec.build()).build();
        spec.addContainer(c -> c.name("two"));
        b.metadata(m -> m.name("b"));
        assertThat(first.metadata().name()).isEqualTo("a");
        assertThat(first.spec().containers()).hasSize(1);
        assertThat(spec.build().containers()).hasSize(2);
    }

    @Test
    void absentCollectionsAreEmptyNeverNull() {
        Pod pod = Json.read("{\"spec\":{\"containers\":null}}", Pod.class);
        assertThat(pod.spec().containers()).isEmpty();
        assertThat(pod.spec().nodeSelector()).isEmpty();
        assertThat(pod.extras()).isEmpty();
        assertThat(pod.status()).isNull();
        assertThat(Json.write(pod)).isEqualTo("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"spec\":{}}");
    }

    @Test
    void typeMismatchesDeepInsideNameTheFullPath() {
        String json = "{\"spec\":{\"containers\":[{\"name\":\"a\"},{\"name\":\"b\",\"ports\":[{\"containerPort\":\"abc\"}]}]}}";
        assertThatThrownBy(() -> Json.read(json, Pod.class))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("$.spec.containers[1].ports[0].containerPort: expected an integer but found STRING \"abc\"");
    }

    @Test
    void intOrStringAndQuantityKeepTheirWireForm() {
        String json = "{\"ports\":[{\"port\":80,\"targetPort\":\"http\"},{\"port\":81,\"targetPort\":8081}]}";
        ServiceSpec spec = Json.read(json, ServiceSpec.class);
        assertThat(spec.ports()).extracting(ServicePort::targetPort)
                .containsExactly(IntOrString.of("http"), IntOrString.of(8081));
        assertThat(Json.write(spec)).isEqualTo(json);
        ResourceRequirements r = Json.read("{\"requests\":{\"cpu\":1,\"memory\":\"64Mi\"}}", ResourceRequirements.class);
        assertThat(r.requests()).containsEntry("cpu", Quantity.parse("1")).containsEntry("memory", Quantity.parse("64Mi"));
    }

    @Test
    void unknownFieldsAtAnyDepthSurviveReadModifyWrite() {
        String json = "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"x\",\"newMetaField\":{\"a\":[1,2]}},"
                + "\"spec\":{\"containers\":[{\"name\":\"c\",\"futureProbe\":{\"grpc2\":true}}]},\"topLevelNew\":18446744073709551616}";
        Pod pod = Json.read(json, Pod.class);
        Pod edited = pod.toBuilder().metadata(m -> m.putLabel("k", "v")).build();
        assertThat(Json.write(edited)).isEqualTo("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"labels\":{\"k\":\"v\"},"
                + "\"name\":\"x\",\"newMetaField\":{\"a\":[1,2]}},\"spec\":{\"containers\":[{\"name\":\"c\","
                + "\"futureProbe\":{\"grpc2\":true}}]},\"topLevelNew\":18446744073709551616}");
        assertThat(edited.spec().containers().get(0).extras()).containsKey("futureProbe");
        assertThat(List.copyOf(pod.extras().keySet())).containsExactly("topLevelNew");
    }

    @Test
    void modelsCanBeStoredInFreeFormFields() {
        Pod pod = web();
        io.kube4j.api.apps.v1.ControllerRevision revision = io.kube4j.api.apps.v1.ControllerRevision.builder()
                .data(pod).revision(3L).build();
        assertThat(revision.data()).isInstanceOf(java.util.Map.class);
        assertThat(Json.write(revision.data())).isEqualTo(Json.write(pod));
        assertThat(Json.mapper().convertValue(revision.data(), Pod.class)).isEqualTo(pod);
    }
}
