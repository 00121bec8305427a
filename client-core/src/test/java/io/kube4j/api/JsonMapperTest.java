package io.kube4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.api.meta.v1.Status;
import io.kube4j.api.testmodel.Widget;
import io.kube4j.api.testmodel.codec.WidgetCodec;
import io.kube4j.client.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonMapperTest {
    /** A class without a codec: Json's module must still handle Instant in Kubernetes' formats. */
    public static final class Stamps {
        @JsonProperty("time")
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd'T'HH:mm:ss'Z'", timezone = "UTC")
        public final Instant time;
        @JsonProperty("micro")
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", timezone = "UTC")
        public final Instant micro;
        @JsonProperty("plain")
        public final Instant plain;
        @JsonProperty("absent")
        public final String absent;

        @JsonCreator
        Stamps(@JsonProperty("time") Instant time, @JsonProperty("micro") Instant micro,
                @JsonProperty("plain") Instant plain, @JsonProperty("absent") String absent) {
            this.time = time;
            this.micro = micro;
            this.plain = plain;
            this.absent = absent;
        }
    }

    @Test
    void instantsWithoutCodecsUseTheKubernetesPatterns() {
        Instant t = Instant.parse("2024-05-06T07:08:09.123456789Z");
        String json = Json.write(new Stamps(t, t, t, null));
        assertThat(json).isEqualTo("{\"time\":\"2024-05-06T07:08:09Z\",\"micro\":\"2024-05-06T07:08:09.123456Z\","
                + "\"plain\":\"2024-05-06T07:08:09.123456789Z\"}");
        Stamps back = Json.read("{\"time\":\"2024-05-06T09:08:09+02:00\",\"micro\":\"2024-05-06T07:08:09.5Z\","
                + "\"plain\":\"2024-05-06T07:08:09Z\",\"unknown\":1}", Stamps.class);
        assertThat(back.time).isEqualTo(Instant.parse("2024-05-06T07:08:09Z"));
        assertThat(back.micro).isEqualTo(Instant.parse("2024-05-06T07:08:09.500Z"));
        assertThat(back.plain).isEqualTo(Instant.parse("2024-05-06T07:08:09Z"));
    }

    @Test
    void codecsAreFoundByNamingConventionForAnyPackage() {
        int before = WidgetCodec.USES.get();
        Widget w = Json.read("{\"widgetName\":\"w1\",\"other\":{\"x\":[1]}}", Widget.class);
        assertThat(w.name()).isEqualTo("w1");
        assertThat(Json.write(w)).isEqualTo("{\"widgetName\":\"w1\"}");
        Map<String, Widget> nested = Json.mapper().convertValue(Map.of("a", Map.of("widgetName", "w2")),
                new TypeReference<Map<String, Widget>>() { });
        assertThat(nested.get("a").name()).isEqualTo("w2");
        assertThat(WidgetCodec.USES.get()).isEqualTo(before + 3);
    }

    @Test
    void mapNullValuesAreKeptForMergePatchesButNullPropertiesAreOmitted() {
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("remove-me", null);
        Map<String, Object> patch = Map.of("metadata", Map.of("labels", labels));
        assertThat(Json.write(patch)).isEqualTo("{\"metadata\":{\"labels\":{\"remove-me\":null}}}");
        ObjectMeta meta = ObjectMeta.builder().putLabel("remove-me", null).name("x").build();
        assertThat(Json.write(meta)).isEqualTo("{\"labels\":{\"remove-me\":null},\"name\":\"x\"}");
        assertThat(Json.write(new Stamps(null, null, null, null))).isEqualTo("{}");
    }

    @Test
    void modelsConvertThroughTreesAndTokenBuffers() {
        ObjectMeta meta = ObjectMeta.builder().name("web").putLabel("app", "web")
                .creationTimestamp(Instant.parse("2024-01-02T03:04:05Z"))
                .putExtra("future", List.of(1L, Long.MAX_VALUE)).build();
        Map<String, Object> asMap = Json.mapper().convertValue(meta, new TypeReference<Map<String, Object>>() { });
        assertThat(asMap).containsEntry("creationTimestamp", "2024-01-02T03:04:05Z")
                .containsEntry("future", List.of(1, Long.MAX_VALUE));
        assertThat(Json.mapper().convertValue(asMap, ObjectMeta.class)).isEqualTo(meta);
        assertThat(Json.mapper().valueToTree(meta).toString()).isEqualTo(Json.write(meta));
    }

    @Test
    void yamlRoundTripsAndKeepsNumericLookingStringsQuoted() {
        ObjectMeta meta = ObjectMeta.builder().name("web").putLabel("version", "123").putLabel("enabled", "true")
                .putAnnotation("empty", "").generation(3L).build();
        String yaml = Json.toYaml(meta);
        assertThat(yaml).doesNotStartWith("---").contains("version: \"123\"").contains("generation: 3");
        assertThat(Json.readYaml(yaml, ObjectMeta.class)).isEqualTo(meta);
        assertThat(Json.readYaml(yaml.getBytes(StandardCharsets.UTF_8), ObjectMeta.class)).isEqualTo(meta);
        assertThat(Json.readYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), ObjectMeta.class))
                .isEqualTo(meta);
    }

    @Test
    void readsFromEveryInputShape() {
        String json = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"code\":404}";
        Status expected = Status.builder().status("Failure").code(404).build();
        assertThat(Json.read(json, Status.class)).isEqualTo(expected);
        assertThat(Json.read(json.getBytes(StandardCharsets.UTF_8), Status.class)).isEqualTo(expected);
        assertThat(Json.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Status.class))
                .isEqualTo(expected);
        assertThat(new String(Json.writeBytes(expected), StandardCharsets.UTF_8))
                .isEqualTo("{\"apiVersion\":\"v1\",\"kind\":\"Status\",\"code\":404,\"status\":\"Failure\"}");
    }
}
