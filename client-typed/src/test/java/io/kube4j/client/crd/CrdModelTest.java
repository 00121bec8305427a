package io.kube4j.client.crd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kube4j.api.KubernetesObject;
import io.kube4j.api.codec.CodecRegistry;
import io.kube4j.api.intstr.IntOrString;
import io.kube4j.client.Json;
import io.kube4j.testcrd.v1.Gadget;
import io.kube4j.testcrd.v1.GadgetClient;
import io.kube4j.testcrd.v1.Widget;
import io.kube4j.testcrd.v1.WidgetClient;
import io.kube4j.testcrd.v1.WidgetSpecTemplate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Models generated from src/test/resources/crds/widgets.yaml behave like the built-in ones. */
class CrdModelTest {
    static final String WIDGET = """
            {"apiVersion":"typed.kube4j.io/v1","kind":"Widget","metadata":{"name":"w","namespace":"ns"},
             "spec":{"class":"gold","config":{"nested":{"list":[1,"two",true]}},
              "containers":[{"name":"a","image":"nginx","ports":[80,443]}],"count":12345678901,
              "labels":{"app":"web"},"limits":{"cpu":2,"memory":"1Gi"},"notBefore":"2024-01-02T03:04:05Z",
              "port":"http","ratio":0.5,"replicas":2,"size":"small","tags":["x"],
              "template":{"apiVersion":"v1","kind":"Pod","metadata":{"name":"t","labels":{"a":"b"}},
                          "spec":{"containers":[{"name":"c","image":"busybox"}]}},
              "futureField":{"from":"a newer CRD version"}},
             "status":{"conditions":[{"type":"Ready","status":"True","lastTransitionTime":"2024-01-02T03:04:05Z"}],
              "phase":"Running","replicas":2,"selector":"app=web"},
             "topLevelFuture":[1,2]}""";

    @Test
    void everySchemaFeatureRoundTrips() throws Exception {
        Widget w = Json.read(WIDGET, Widget.class);
        assertThat(w.spec().classValue()).isEqualTo("gold");
        assertThat(w.spec().port()).isEqualTo(IntOrString.of("http"));
        assertThat(w.spec().limits()).containsEntry("cpu", IntOrString.of(2)).containsEntry("memory",
                IntOrString.of("1Gi"));
        assertThat(w.spec().config()).isEqualTo(Map.of("nested", Map.of("list", List.of(1, "two", true))));
        assertThat(w.spec().containers().get(0).ports()).containsExactly(80, 443);
        assertThat(w.spec().count()).isEqualTo(12345678901L);
        assertThat(w.spec().notBefore()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
        assertThat(w.spec().extras()).containsEntry("futureField", Map.of("from", "a newer CRD version"));
        assertThat(w.extras()).containsEntry("topLevelFuture", List.of(1, 2));
        assertThat(w.status().conditions().get(0).type()).isEqualTo("Ready");

        WidgetSpecTemplate template = w.spec().template();
        assertThat(template).isInstanceOf(KubernetesObject.class);
        assertThat(template.kind()).isEqualTo("Pod");
        assertThat(template.metadata().labels()).containsEntry("a", "b");
        assertThat(template.extras()).containsKey("spec");

        JsonNode expected = Json.mapper().readTree(WIDGET);
        assertThat(Json.mapper().readTree(Json.write(w))).isEqualTo(expected);
        assertThat(Json.mapper().readTree(Json.write(w.toBuilder().build()))).isEqualTo(expected);
    }

    @Test
    void buildersAndGroupVersionKindDefaults() {
        Widget w = Widget.builder()
                .metadata(m -> m.name("w"))
                .spec(s -> s.size("large").port(IntOrString.of(8080)).addContainer(c -> c.name("a").addPort(80))
                        .putLabel("k", "v").template(t -> t.kind("Pod").apiVersion("v1").metadata(m -> m.name("p"))))
                .build();
        assertThat(w.apiVersion()).isEqualTo("typed.kube4j.io/v1");
        assertThat(w.kind()).isEqualTo("Widget");
        assertThat(Json.write(w)).isEqualTo("{\"apiVersion\":\"typed.kube4j.io/v1\",\"kind\":\"Widget\",\"metadata\":"
                + "{\"name\":\"w\"},\"spec\":{\"containers\":[{\"name\":\"a\",\"ports\":[80]}],\"labels\":{\"k\":\"v\"},"
                + "\"port\":8080,\"size\":\"large\",\"template\":{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":"
                + "{\"name\":\"p\"}}}}");
        assertThat(w.toBuilder().spec(s -> s.replicas(3)).build().spec().replicas()).isEqualTo(3);
        assertThat(w.spec().replicas()).isNull();
    }

    @Test
    void codecsAndResourceTypesAreFoundByConvention() {
        assertThat(CodecRegistry.find(Widget.class)).isNotNull();
        assertThat(CodecRegistry.find(io.kube4j.testcrd.v1beta1.Widget.class)).isNotNull();
        assertThat(WidgetClient.TYPE.apiPath()).isEqualTo("/apis/typed.kube4j.io/v1");
        assertThat(WidgetClient.TYPE.namespaced()).isTrue();
        assertThat(GadgetClient.TYPE.namespaced()).isFalse();
        assertThat(io.kube4j.testcrd.v1beta1.WidgetClient.TYPE.version()).isEqualTo("v1beta1");
    }

    @Test
    void aSchemalessKindKeepsEverythingInExtras() {
        Gadget g = Json.read("{\"apiVersion\":\"typed.kube4j.io/v1\",\"kind\":\"Gadget\",\"metadata\":{\"name\":\"g\"},"
                + "\"spec\":{\"anything\":[1]},\"data\":\"x\"}", Gadget.class);
        assertThat(g.extras()).containsEntry("spec", Map.of("anything", List.of(1))).containsEntry("data", "x");
        assertThat(g.metadata().name()).isEqualTo("g");
    }
}
