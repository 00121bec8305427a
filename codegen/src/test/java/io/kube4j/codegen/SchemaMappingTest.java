package io.kube4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.codegen.model.FieldDesc;
import io.kube4j.codegen.model.Gvk;
import io.kube4j.codegen.model.ModelDesc;
import io.kube4j.codegen.model.ScalarKind;
import io.kube4j.codegen.model.TypeRef;
import io.kube4j.codegen.render.FixtureWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaMappingTest {
    private static Map<String, ModelDesc> models;

    @BeforeAll
    static void describe() {
        models = Generator.describe(Fixtures.spec()).stream()
                .collect(Collectors.toMap(ModelDesc::qualifiedName, Function.identity()));
    }

    private static FieldDesc field(String model, String json) {
        return models.get(model).fields().stream().filter(f -> f.jsonName().equals(json)).findFirst().orElseThrow();
    }

    private static final String SPEC = "io.kube4j.api.demo.v1.WidgetSpec";

    @ParameterizedTest
    @CsvSource({
        "continue, continueToken, STRING",
        "default, defaultValue, map:QUANTITY",
        "enum, enumValues, list:ANY",
        "int, intValue, INT32",
        "class, classValue, STRING",
        "toString, toStringValue, STRING",
        "$ref, ref, STRING",
        "$schema, schema, STRING",
        "x-kubernetes-list-type, xKubernetesListType, STRING",
        "extra, extra, map:list:STRING",
        "data, data, map:BYTES",
        "size, size, QUANTITY",
        "port, port, INT_OR_STRING",
        "flexible, flexible, INT_OR_STRING",
        "when, when, TIME",
        "at, at, MICRO_TIME",
        "raw, raw, ANY",
        "ratio, ratio, DOUBLE",
        "count, count, INT64",
        "enabled, enabled, BOOLEAN",
        "cert, cert, BYTES",
        "matrix, matrix, list:list:INT32",
        "free, free, ANY",
        "anyMap, anyMap, map:ANY",
        "policies, policies, list:model:io.kube4j.api.demo.v1.WidgetCondition",
        "inline, inline, model:io.kube4j.api.demo.v1.WidgetSpecInline",
    })
    void mapsNamesAndTypes(String json, String java, String type) {
        FieldDesc f = field(SPEC, json);
        assertThat(f.javaName()).isEqualTo(java);
        assertThat(encode(f.type())).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource({
        "policies, Policy",
        "addresses, Address",
        "ingress, Ingress",
        "podIPs, PodIP",
        "extra, ExtraEntry",
        "labels, Label",
        "data, Data",
        "enum, EnumValue",
    })
    void namesAddAndPutHelpersWithoutClashes(String json, String item) {
        assertThat(field(SPEC, json).itemName()).isEqualTo(item);
    }

    @Test
    void recognisesKindsListsAndMultiKindSchemas() {
        ModelDesc widget = models.get("io.kube4j.api.demo.v1.Widget");
        assertThat(widget.role()).isEqualTo(ModelDesc.Role.OBJECT);
        assertThat(widget.gvk()).isEqualTo(new Gvk("demo.example.com", "v1", "Widget"));
        assertThat(widget.fields()).extracting(FieldDesc::jsonName)
                .containsExactly("apiVersion", "kind", "metadata", "spec", "status");
        ModelDesc list = models.get("io.kube4j.api.demo.v1.WidgetList");
        assertThat(list.role()).isEqualTo(ModelDesc.Role.LIST);
        assertThat(list.listItem().qualifiedName()).isEqualTo("io.kube4j.api.demo.v1.Widget");
        ModelDesc options = models.get("io.kube4j.api.demo.v1.Options");
        assertThat(options.gvk()).isNull();
        assertThat(options.role()).isEqualTo(ModelDesc.Role.NONE);
        assertThat(models.get("io.kube4j.api.demo.v1.Empty").fields()).isEmpty();
    }

    @Test
    void specialSchemasAreNotGeneratedAndFieldsV1IsRawJson() {
        assertThat(models).doesNotContainKeys("io.kube4j.api.meta.v1.Time", "io.kube4j.api.meta.v1.MicroTime",
                "io.kube4j.api.resource.Quantity", "io.kube4j.api.intstr.IntOrString",
                "io.kube4j.api.runtime.RawExtension");
        assertThat(models.get("io.kube4j.api.meta.v1.FieldsV1").shape()).isEqualTo(ModelDesc.Shape.RAW_JSON);
        TypeRef ref = field("io.kube4j.api.meta.v1.ManagedFieldsEntry", "fieldsV1").type();
        assertThat(((TypeRef.Model) ref).buildable()).isFalse();
        assertThat(models.get("io.kube4j.api.demo.v1.WidgetSpecInline").fields())
                .extracting(FieldDesc::jsonName).containsExactly("depth");
    }

    @Test
    void marksSecretMaterialSensitive() {
        assertThat(field("io.kube4j.api.core.v1.Secret", "data").sensitive()).isTrue();
        assertThat(field("io.kube4j.api.core.v1.Secret", "stringData").sensitive()).isTrue();
        assertThat(field("io.kube4j.api.core.v1.Secret", "type").sensitive()).isFalse();
        assertThat(field(SPEC, "token").sensitive()).isTrue();
        assertThat(field(SPEC, "data").sensitive()).isFalse();
    }

    @Test
    void fixturesSetEveryFieldWithTheKindsGroupVersion() {
        List<ModelDesc> all = List.copyOf(models.values());
        String line = FixtureWriter.write(List.of(models.get("io.kube4j.api.demo.v1.Widget")), all);
        assertThat(line).startsWith("{\"class\":\"io.kube4j.api.demo.v1.Widget\",\"fixture\":{"
                + "\"apiVersion\":\"demo.example.com/v1\",\"kind\":\"Widget\",\"metadata\":{");
        assertThat(line).contains("\"count\":5000000", "\"at\":\"2024-01-02T03:04:05.123456Z\"",
                "\"when\":\"2024-01-02T03:04:05Z\"", "9223372036854775807", "\"inline\":{}");
    }

    private static String encode(TypeRef t) {
        if (t instanceof TypeRef.Scalar s) {
            return s.kind().name();
        }
        if (t instanceof TypeRef.Model m) {
            return "model:" + m.qualifiedName();
        }
        if (t instanceof TypeRef.ListOf l) {
            return "list:" + encode(l.element());
        }
        return "map:" + encode(((TypeRef.MapOf) t).value());
    }

    @Test
    void scalarKindsCoverEveryJavaType() {
        assertThat(ScalarKind.valueOf("BYTES").javaType()).isEqualTo("byte[]");
    }
}
