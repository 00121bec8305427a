package io.kube4j.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.core.v1.Pod;
import io.kube4j.api.resource.Quantity;
import io.kube4j.api.schema.GroupVersionResource;
import io.kube4j.client.Config;
import io.kube4j.client.Json;
import io.kube4j.client.RestClient;
import io.kube4j.client.SerializationException;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.TestCluster;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link UnstructuredConverter} with the real typed Pod (client-typed depends on client-dynamic, so this test
 * of the converter lives here): a Pod read from the real server as Unstructured converts to Pod and back to
 * equal JSON; a type mismatch names its path.
 */
@ExtendWith(KubeApiServerExtension.class)
class PodConversionIT {
    @Test
    void podFromTheServerRoundTripsThroughTheTypedModel(TestCluster cluster) {
        try (RestClient client = RestClient.create(Config.fromKubeconfig(cluster.kubeconfig()))) {
            Pod pod = Pod.builder()
                    .metadata(m -> m.name("converted").namespace(cluster.namespace()).putLabel("app", "web")
                            .putAnnotation("note", "kept"))
                    .spec(s -> s.addContainer(c -> c.name("web").image("nginx:1.27")
                            .addPort(p -> p.containerPort(8080).name("http"))
                            .resources(r -> r.putLimit("cpu", Quantity.parse("500m")).putLimit("memory", Quantity.parse("1Gi"))))
                            .terminationGracePeriodSeconds(5L)
                            .activeDeadlineSeconds(2147483647L))
                    .build();
            DynamicResourceClient pods = DynamicClient.create(client).resource(GroupVersionResource.of("", "v1", "pods"))
                    .inNamespace(cluster.namespace());
            cluster.awaitPodsAllowed(cluster.namespace());
            pods.create(UnstructuredConverter.toUnstructured(pod));

            Unstructured fromServer = pods.get("converted");
            Pod typed = UnstructuredConverter.toTyped(fromServer, Pod.class);
            assertThat(typed.metadata().uid()).isEqualTo(fromServer.uid());
            assertThat(typed.spec().containers().get(0).ports().get(0).containerPort()).isEqualTo(8080);
            assertThat(typed.spec().activeDeadlineSeconds()).isEqualTo(2147483647L);
            assertThat(typed.spec().containers().get(0).resources().limits().get("memory")).isEqualTo(Quantity.parse("1Gi"));

            Unstructured back = UnstructuredConverter.toUnstructured(typed);
            assertThat((Object) Json.mapper().readTree(back.toJson())).isEqualTo(Json.mapper().readTree(fromServer.toJson()));
            assertThat(back).isEqualTo(fromServer);
            pods.delete("converted");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aStringWhereAnIntIsExpectedNamesThePath() {
        Unstructured pod = Unstructured.of("v1", "Pod").withName("p").with(List.of("spec"), Map.of("containers",
                List.of(Map.of("name", "a", "image", "x"),
                        Map.of("name", "b", "image", "y", "ports", List.of(Map.of("containerPort", "80"))))));
        assertThatThrownBy(() -> UnstructuredConverter.toTyped(pod, Pod.class))
                .isInstanceOfSatisfying(SerializationException.class,
                        e -> assertThat(e.jsonPath()).isEqualTo("$.spec.containers[1].ports[0].containerPort"))
                .hasMessage("cannot convert v1 Pod p to Pod at $.spec.containers[1].ports[0].containerPort: "
                        + "expected an integer but found STRING \"80\"");
        assertThatThrownBy(() -> UnstructuredConverter.toTyped(Unstructured.of("v1", "Service").withName("s"), Pod.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("its kind is Service, not Pod");
    }
}
