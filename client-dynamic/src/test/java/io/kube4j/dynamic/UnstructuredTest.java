package io.kube4j.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.api.meta.v1.OwnerReference;
import io.kube4j.api.resource.Quantity;
import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.client.SerializationException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnstructuredTest {
    static final String DEPLOYMENT = """
            {"apiVersion":"apps/v1","kind":"Deployment",
             "metadata":{"name":"web","namespace":"prod","uid":"u-1","resourceVersion":"42","generation":7,
               "labels":{"app":"web","app.kubernetes.io/name":"web"},"annotations":{"a":"b"},
               "finalizers":["x/y"],"creationTimestamp":"2024-05-01T10:00:00Z",
               "ownerReferences":[{"apiVersion":"v1","kind":"ConfigMap","name":"owner","uid":"o-1","controller":true}]},
             "spec":{"replicas":3,"paused":false,"big":9007199254740993,"huge":123456789012345678901234567890,
               "ratio":0.25,"whole":2.0,"template":{"spec":{"containers":[{"name":"c","image":"nginx"}]}}},
             "status":{"observedGeneration":7}}""";

    private static Unstructured deployment() {
        return Unstructured.fromJson(DEPLOYMENT);
    }

    @Test
    void typedAccessorsReadTypeAndMetadata() {
        Unstructured d = deployment();
        assertThat(d.apiVersion()).isEqualTo("apps/v1");
        assertThat(d.kind()).isEqualTo("Deployment");
        assertThat(d.groupVersionKind()).isEqualTo(GroupVersionKind.of("apps", "v1", "Deployment"));
        assertThat(d.name()).isEqualTo("web");
        assertThat(d.namespace()).isEqualTo("prod");
        assertThat(d.uid()).isEqualTo("u-1");
        assertThat(d.resourceVersion()).isEqualTo("42");
        assertThat(d.generation()).isEqualTo(7L);
        assertThat(d.labels()).containsExactly(Map.entry("app", "web"), Map.entry("app.kubernetes.io/name", "web"));
        assertThat(d.annotations()).containsExactly(Map.entry("a", "b"));
        assertThat(d.finalizers()).containsExactly("x/y");
        assertThat(d.creationTimestamp()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(d.deletionTimestamp()).isNull();
        assertThat(d.ownerReferences()).extracting(OwnerReference::name, OwnerReference::controller)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("owner", true));
        assertThat(d.metadata()).isSameAs(d.metadata()).as("memoised");
        assertThat(d.metadata().name()).isEqualTo("web");
    }

    @Test
    void absentMetadataGivesNullsAndEmptyCollections() {
        Unstructured u = Unstructured.of("v1", "ConfigMap");
        assertThat(u.metadata()).isNull();
        assertThat(u.name()).isNull();
        assertThat(u.generation()).isNull();
        assertThat(u.labels()).isEmpty();
        assertThat(u.finalizers()).isEmpty();
        assertThat(u.ownerReferences()).isEmpty();
        assertThat(Unstructured.of(Map.of()).kind()).isNull();
        assertThatThrownBy(() -> Unstructured.of(Map.of()).groupVersionKind()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void numbersStayExact() {
        Unstructured d = deployment();
        assertThat(d.getNested("spec", "replicas")).containsInstanceOf(Integer.class);
        assertThat(d.getNested("spec", "big")).contains(9007199254740993L);
        assertThat(d.getNestedLong("spec", "big")).contains(9007199254740993L);
        assertThat(d.getNested("spec", "huge")).contains(new BigInteger("123456789012345678901234567890"));
        assertThat(d.getNested("spec", "ratio")).contains(0.25);
        assertThat(d.getNestedDouble("spec", "replicas")).contains(3.0);
        assertThat(d.toJson()).contains("\"big\":9007199254740993", "\"huge\":123456789012345678901234567890",
                "\"ratio\":0.25", "\"replicas\":3");
        assertThat(Unstructured.fromJson(d.toJson())).isEqualTo(d);
    }

    @Test
    void nestedReads() {
        Unstructured d = deployment();
        assertThat(d.getNestedString("metadata", "name")).contains("web");
        assertThat(d.getNestedBoolean("spec", "paused")).contains(false);
        assertThat(d.getNestedMap("spec", "template")).hasValueSatisfying(m -> assertThat(m).containsKey("spec"));
        assertThat(d.getNestedList("spec", "template", "spec", "containers")).hasValueSatisfying(l -> assertThat(l).hasSize(1));
        assertThat(d.getNestedStringMap("metadata", "labels")).contains(Map.of("app", "web", "app.kubernetes.io/name", "web"));
        assertThat(d.getNestedStringList("metadata", "finalizers")).contains(List.of("x/y"));
        assertThat(d.getNestedString("spec", "absent")).isEmpty();
        assertThat(d.getNestedString("absent", "deeper", "still")).isEmpty();
        assertThat(Unstructured.fromJson("{\"a\":null}").getNested("a")).isEmpty();
    }

    static Stream<Arguments> mismatches() {
        return Stream.of(
                Arguments.of((Runnable) () -> deployment().getNestedString("spec", "replicas"),
                        "$.spec.replicas: expected a string but found an integer"),
                Arguments.of((Runnable) () -> deployment().getNestedLong("spec", "ratio"),
                        "$.spec.ratio: expected a 64-bit integer but found a fractional number"),
                Arguments.of((Runnable) () -> deployment().getNestedLong("spec", "huge"),
                        "$.spec.huge: expected a 64-bit integer but found an integer"),
                Arguments.of((Runnable) () -> deployment().getNestedBoolean("metadata", "name"),
                        "$.metadata.name: expected a boolean but found a string"),
                Arguments.of((Runnable) () -> deployment().getNestedMap("metadata", "finalizers"),
                        "$.metadata.finalizers: expected an object but found an array"),
                Arguments.of((Runnable) () -> deployment().getNestedString("spec", "replicas", "deeper"),
                        "$.spec.replicas: expected an object but found an integer"),
                Arguments.of((Runnable) () -> deployment().getNestedStringMap("spec", "template"),
                        "$.spec.template.spec: expected a string but found an object"),
                Arguments.of((Runnable) () -> Unstructured.fromJson("{\"f\":[\"a\",1]}").getNestedStringList("f"),
                        "$.f[1]: expected a string but found an integer"),
                Arguments.of((Runnable) () -> Unstructured.fromJson("{\"kind\":5}").kind(),
                        "$.kind: expected a string but found an integer"),
                Arguments.of((Runnable) () -> Unstructured.fromJson("{\"metadata\":{\"name\":[]}}").name(),
                        "$.metadata.name: expected a string but found an array"));
    }

    @ParameterizedTest
    @MethodSource("mismatches")
    void typeMismatchesNameThePath(Runnable read, String message) {
        assertThatThrownBy(read::run).isInstanceOf(SerializationException.class).hasMessage(message);
    }

    @Test
    void malformedMetadataNamesThePath() {
        Unstructured u = Unstructured.fromJson("{\"kind\":\"X\",\"metadata\":{\"name\":\"n\",\"labels\":{\"a\":5}}}");
        assertThatThrownBy(u::metadata).isInstanceOfSatisfying(SerializationException.class,
                e -> assertThat(e.jsonPath()).isEqualTo("$.metadata.labels.a"))
                .hasMessageContaining("expected a string");
        assertThat(u.name()).isEqualTo("n");
    }

    @Test
    void withCopiesOnlyThePath() {
        Unstructured d = deployment();
        Unstructured scaled = d.with(List.of("spec", "replicas"), 5);
        assertThat(scaled.getNestedLong("spec", "replicas")).contains(5L);
        assertThat(d.getNestedLong("spec", "replicas")).contains(3L).as("original unchanged");
        assertThat(scaled.object().get("metadata")).isSameAs(d.object().get("metadata"));
        assertThat(scaled.getNestedMap("spec", "template").get()).isSameAs(d.getNestedMap("spec", "template").get());
        assertThat(List.copyOf(scaled.object().keySet())).isEqualTo(List.copyOf(d.object().keySet()));
        assertThat(List.copyOf(scaled.getNestedMap("spec").get().keySet()))
                .isEqualTo(List.copyOf(d.getNestedMap("spec").get().keySet())).as("field order kept");

        Unstructured created = d.with(List.of("spec", "strategy", "rollingUpdate", "maxSurge"), "25%");
        assertThat(created.getNestedString("spec", "strategy", "rollingUpdate", "maxSurge")).contains("25%");
        assertThatThrownBy(() -> d.with(List.of("spec", "replicas", "x"), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot set $.spec.replicas.x: $.spec.replicas is an integer, not an object");
        assertThatThrownBy(() -> d.with(List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutRemovesAndSharesTheRest() {
        Unstructured d = deployment();
        Unstructured stripped = d.without("metadata", "resourceVersion");
        assertThat(stripped.resourceVersion()).isNull();
        assertThat(stripped.name()).isEqualTo("web");
        assertThat(stripped.object().get("spec")).isSameAs(d.object().get("spec"));
        assertThat(d.without("metadata", "absent")).isSameAs(d);
        assertThat(d.without("spec", "replicas", "deeper")).isSameAs(d);
        assertThat(d.without("status").object()).doesNotContainKey("status");
    }

    @Test
    void valuesAreFrozenAndConverted() {
        Map<String, Object> mutable = new HashMap<>();
        List<Object> list = new ArrayList<>(List.of(1, 2L));
        mutable.put("list", list);
        Unstructured u = Unstructured.of("v1", "X").with(List.of("spec"), mutable)
                .with(List.of("spec", "cpu"), Quantity.parse("500m"))
                .with(List.of("metadata"), ObjectMeta.builder().name("n").putLabel("a", "b").build());
        list.add(3);
        mutable.put("late", true);
        assertThat(u.getNestedList("spec", "list")).contains(List.of(1, 2));
        assertThat(u.getNested("spec", "late")).isEmpty();
        assertThat(u.getNestedString("spec", "cpu")).contains("500m");
        assertThat(u.name()).isEqualTo("n");
        assertThat(u.labels()).containsEntry("a", "b");
        assertThatThrownBy(() -> u.object().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> u.getNestedList("spec", "list").get().add(4))
                .isInstanceOf(UnsupportedOperationException.class);

        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", "K");
        source.put("nested", new LinkedHashMap<>(Map.of("n", 1)));
        Unstructured copy = Unstructured.of(source);
        ((Map<String, Object>) source.get("nested")).put("n", 2);
        assertThat(copy.getNestedLong("nested", "n")).contains(1L);
    }

    @Test
    void metadataSetters() {
        Unstructured u = Unstructured.of("v1", "ConfigMap").withName("cm").withNamespace("ns").withLabel("a", "1")
                .withLabels(Map.of("b", "2")).withAnnotation("note", "x").withGenerateName("cm-")
                .withResourceVersion("9").withFinalizers(List.of("f")).withOwnerReferences(List.of(
                        OwnerReference.builder().apiVersion("v1").kind("Pod").name("p").uid("u").build()))
                .withKind("ConfigMap").withApiVersion("v1");
        assertThat(u.name()).isEqualTo("cm");
        assertThat(u.namespace()).isEqualTo("ns");
        assertThat(u.labels()).isEqualTo(Map.of("b", "2"));
        assertThat(u.annotations()).isEqualTo(Map.of("note", "x"));
        assertThat(u.generateName()).isEqualTo("cm-");
        assertThat(u.resourceVersion()).isEqualTo("9");
        assertThat(u.finalizers()).containsExactly("f");
        assertThat(u.ownerReferences()).extracting(OwnerReference::name).containsExactly("p");
        assertThat(u.toJson()).startsWith("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"cm\"");
    }

    @Test
    void toStringShowsIdentityNotContent() {
        Unstructured secret = Unstructured.fromJson(
                "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"name\":\"s\",\"namespace\":\"n\"},"
                        + "\"data\":{\"password\":\"c2VjcmV0\"}}");
        assertThat(secret.toString()).isEqualTo("Unstructured{v1 Secret n/s}").doesNotContain("c2VjcmV0");
        assertThat(Unstructured.of(Map.of()).toString()).isEqualTo("Unstructured{<no apiVersion> <no kind> <no name>}");
    }

    @Test
    void equalityIsByContent() {
        assertThat(deployment()).isEqualTo(deployment()).hasSameHashCodeAs(deployment());
        assertThat(deployment()).isNotEqualTo(deployment().withName("other"));
    }

    @Test
    void yamlAndBadInput() {
        Unstructured u = Unstructured.fromYaml("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: y\ndata:\n  n: \"1\"\n");
        assertThat(u.name()).isEqualTo("y");
        assertThat(u.getNestedString("data", "n")).contains("1");
        assertThat(Optional.of(u.toYaml())).hasValueSatisfying(y -> assertThat(y).contains("kind: ConfigMap"));
        assertThatThrownBy(() -> Unstructured.fromJson("[1]")).isInstanceOf(SerializationException.class)
                .hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> Unstructured.fromJson("null")).isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> Unstructured.fromJson("{\"a\":")).isInstanceOf(SerializationException.class);
    }
}
