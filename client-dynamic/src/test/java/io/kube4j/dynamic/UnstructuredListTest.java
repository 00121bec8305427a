package io.kube4j.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kube4j.client.Json;
import io.kube4j.client.SerializationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnstructuredListTest {
    static final String POD_LIST = """
            {"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"100","continue":"tok",
             "remainingItemCount":5},
             "items":[{"metadata":{"name":"a","namespace":"n"},"spec":{"priority":2147483648}},
                      {"metadata":{"name":"b","namespace":"n"}}]}""";

    @Test
    void itemsOfBuiltInListsGetTheListsTypeFields() {
        UnstructuredList list = Json.read(POD_LIST, UnstructuredList.class);
        assertThat(list.apiVersion()).isEqualTo("v1");
        assertThat(list.kind()).isEqualTo("PodList");
        assertThat(list.resourceVersion()).isEqualTo("100");
        assertThat(list.continueToken()).isEqualTo("tok");
        assertThat(list.metadata().remainingItemCount()).isEqualTo(5L);
        assertThat(list.items()).extracting(Unstructured::kind, Unstructured::apiVersion, Unstructured::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Pod", "v1", "a"),
                        org.assertj.core.groups.Tuple.tuple("Pod", "v1", "b"));
        assertThat(List.copyOf(list.items().get(0).object().keySet()))
                .containsExactly("apiVersion", "kind", "metadata", "spec");
        assertThat(list.items().get(0).getNested("spec", "priority")).contains(2147483648L);
        assertThat(list.toString()).isEqualTo("UnstructuredList{v1 PodList, 2 items}");
    }

    @Test
    void itemsKeepTheirOwnTypeFieldsAndMixedListsGetNone() {
        UnstructuredList list = Json.read("""
                {"apiVersion":"v1","kind":"List","items":[
                  {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"}},
                  {"metadata":{"name":"untyped"}}]}""", UnstructuredList.class);
        assertThat(list.items()).extracting(Unstructured::kind).containsExactly("Deployment", null);
        assertThat(list.items().get(1).apiVersion()).isNull();
    }

    @Test
    void typeFieldsAfterItemsStillFillThem() {
        UnstructuredList list = Json.read("{\"items\":[{\"metadata\":{\"name\":\"x\"}}],\"kind\":\"CronTabList\","
                + "\"apiVersion\":\"stable.example.com/v1\"}", UnstructuredList.class);
        assertThat(list.items().get(0).kind()).isEqualTo("CronTab");
        assertThat(list.items().get(0).apiVersion()).isEqualTo("stable.example.com/v1");
    }

    @Test
    void roundTripsAndEquality() {
        UnstructuredList list = Json.read(POD_LIST, UnstructuredList.class);
        UnstructuredList again = Json.read(Json.write(list), UnstructuredList.class);
        assertThat(again).isEqualTo(list).hasSameHashCodeAs(list);
        assertThat(UnstructuredList.of(list.toMap())).isEqualTo(list);
        assertThat(list.toJson()).endsWith("\"items\":[{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":"
                + "{\"name\":\"a\",\"namespace\":\"n\"},\"spec\":{\"priority\":2147483648}},{\"apiVersion\":\"v1\","
                + "\"kind\":\"Pod\",\"metadata\":{\"name\":\"b\",\"namespace\":\"n\"}}]}");
        UnstructuredList built = UnstructuredList.of("v1", "List", List.of(Unstructured.of("v1", "ConfigMap")));
        assertThat(built.items()).hasSize(1);
        assertThat(built.metadata()).isNull();
        assertThat(built.withItems(List.of()).items()).isEmpty();
        assertThat(UnstructuredList.of(Map.of("kind", "XList", "apiVersion", "g/v", "items",
                List.of(Map.of("metadata", Map.of("name", "i"))))).items().get(0).kind()).isEqualTo("X");
    }

    @Test
    void emptyAndNullItems() {
        assertThat(Json.read("{\"kind\":\"PodList\",\"items\":null}", UnstructuredList.class).items()).isEmpty();
        assertThat(Json.read("{\"kind\":\"PodList\"}", UnstructuredList.class).items()).isEmpty();
    }

    @Test
    void badShapesNameThePath() {
        assertThatThrownBy(() -> Json.read("{\"kind\":\"PodList\",\"items\":[{},5]}", UnstructuredList.class))
                .isInstanceOf(SerializationException.class).hasMessageContaining("$.items[1]: expected an object");
        assertThatThrownBy(() -> Json.read("{\"items\":{}}", UnstructuredList.class))
                .isInstanceOf(SerializationException.class).hasMessageContaining("$.items: expected an array");
        assertThatThrownBy(() -> UnstructuredList.of(Map.of("items", List.of("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$.items[0]");
    }

    @Test
    void foreignJacksonMapperUsesTheJsonAnnotations() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        Unstructured u = plain.readValue("{\"kind\":\"K\",\"n\":12345678901}", Unstructured.class);
        assertThat(u.getNested("n")).contains(12345678901L);
        assertThat(plain.writeValueAsString(u)).isEqualTo("{\"kind\":\"K\",\"n\":12345678901}");
        UnstructuredList l = plain.readValue(POD_LIST, UnstructuredList.class);
        assertThat(l.items()).hasSize(2);
        assertThat(l).isEqualTo(Json.read(POD_LIST, UnstructuredList.class));
    }
}
