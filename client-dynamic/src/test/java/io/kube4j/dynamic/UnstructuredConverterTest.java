package io.kube4j.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.meta.v1.APIResourceList;
import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.api.meta.v1.Status;
import io.kube4j.client.Json;
import io.kube4j.client.SerializationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnstructuredConverterTest {
    static final String STATUS = """
            {"kind":"Status","apiVersion":"v1","metadata":{"resourceVersion":"1"},"status":"Failure",
             "message":"pods \\"x\\" not found","reason":"NotFound","code":404,
             "details":{"name":"x","kind":"pods","causes":[{"reason":"FieldValueInvalid","field":"spec.x"}],
               "retryAfterSeconds":3},"futureField":{"n":9007199254740993}}""";

    @Test
    void toTypedAndBackGivesEqualJson() {
        Unstructured u = Unstructured.fromJson(STATUS);
        Status status = UnstructuredConverter.toTyped(u, Status.class);
        assertThat(status.code()).isEqualTo(404);
        assertThat(status.details().causes().get(0).field()).isEqualTo("spec.x");
        assertThat(status.extras()).containsKey("futureField");
        Unstructured back = UnstructuredConverter.toUnstructured(status);
        assertThat(back).isEqualTo(u);
        assertThat((Object) Json.mapper().valueToTree(back)).isEqualTo(Json.mapper().valueToTree(u));
        assertThat(back.getNested("futureField", "n")).contains(9007199254740993L);
    }

    @Test
    void mismatchedTypeNamesThePath() {
        Unstructured u = Unstructured.fromJson(STATUS).with(List.of("details", "causes"),
                List.of(Map.of("field", "ok"), Map.of("field", 5)));
        assertThatThrownBy(() -> UnstructuredConverter.toTyped(u, Status.class))
                .isInstanceOfSatisfying(SerializationException.class,
                        e -> assertThat(e.jsonPath()).isEqualTo("$.details.causes[1].field"))
                .hasMessageStartingWith("cannot convert v1 Status <no name> to Status at $.details.causes[1].field: "
                        + "expected a string but found NUMBER");
        Unstructured badInt = Unstructured.fromJson(STATUS).with(List.of("code"), "404");
        assertThatThrownBy(() -> UnstructuredConverter.toTyped(badInt, Status.class))
                .isInstanceOfSatisfying(SerializationException.class, e -> assertThat(e.jsonPath()).isEqualTo("$.code"))
                .hasMessageContaining("expected an integer");
    }

    @Test
    void kindMustMatchATopLevelModel() {
        Unstructured cm = Unstructured.of("v1", "ConfigMap").withName("c");
        assertThatThrownBy(() -> UnstructuredConverter.toTyped(cm, Status.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot convert v1 ConfigMap c to Status: its kind is ConfigMap, not Status");
        // no KIND constant: nothing to check
        ObjectMeta meta = UnstructuredConverter.toTyped(Unstructured.of(Map.of("name", "n", "labels", Map.of("a", "b"))),
                ObjectMeta.class);
        assertThat(meta.labels()).containsEntry("a", "b");
    }

    @Test
    void toUnstructuredOfMapsModelsAndNonObjects() {
        APIResourceList list = APIResourceList.builder().groupVersion("v1")
                .addResource(r -> r.name("pods").kind("Pod").namespaced(true).singularName("pod").verbs(List.of("get")))
                .build();
        Unstructured u = UnstructuredConverter.toUnstructured(list);
        assertThat(u.getNestedString("groupVersion")).contains("v1");
        assertThat(UnstructuredConverter.toTyped(u, APIResourceList.class)).isEqualTo(list);
        assertThat(UnstructuredConverter.toUnstructured(Map.of("a", 1)).getNestedLong("a")).contains(1L);
        assertThat(UnstructuredConverter.toUnstructured(u)).isSameAs(u);
        assertThatThrownBy(() -> UnstructuredConverter.toUnstructured("text"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("String does not serialise to a JSON object but to a string");
    }

    /** A plain Jackson-bound class (no generated codec): databind's path is reported. */
    public static final class Plain {
        public int count;
        public List<Inner> inner;

        public static final class Inner {
            public long n;
        }
    }

    @Test
    void databindClassesReportThePathToo() {
        Plain p = UnstructuredConverter.toTyped(Unstructured.fromJson("{\"count\":2,\"inner\":[{\"n\":1}]}"), Plain.class);
        assertThat(p.count).isEqualTo(2);
        assertThatThrownBy(() -> UnstructuredConverter.toTyped(
                Unstructured.fromJson("{\"count\":2,\"inner\":[{\"n\":1},{\"n\":\"x\"}]}"), Plain.class))
                .isInstanceOfSatisfying(SerializationException.class,
                        e -> assertThat(e.jsonPath()).isEqualTo("$.inner[1].n"));
    }
}
