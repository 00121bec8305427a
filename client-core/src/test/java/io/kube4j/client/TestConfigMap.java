package io.kube4j.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.kube4j.api.KubernetesObject;
import io.kube4j.api.meta.v1.ObjectMeta;
import java.util.Map;

/** A minimal ConfigMap model for real-server tests of the REST core (the real one lives in client-typed). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class TestConfigMap implements KubernetesObject {
    @JsonProperty("apiVersion")
    private final String apiVersion;
    @JsonProperty("kind")
    private final String kind;
    @JsonProperty("metadata")
    private final ObjectMeta metadata;
    @JsonProperty("data")
    private final Map<String, String> data;

    @JsonCreator
    public TestConfigMap(@JsonProperty("apiVersion") String apiVersion, @JsonProperty("kind") String kind,
            @JsonProperty("metadata") ObjectMeta metadata, @JsonProperty("data") Map<String, String> data) {
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.metadata = metadata;
        this.data = data;
    }

    public static TestConfigMap of(ObjectMeta metadata, Map<String, String> data) {
        return new TestConfigMap("v1", "ConfigMap", metadata, data);
    }

    public TestConfigMap withMetadata(ObjectMeta meta) {
        return new TestConfigMap(apiVersion, kind, meta, data);
    }

    public TestConfigMap withData(Map<String, String> newData) {
        return new TestConfigMap(apiVersion, kind, metadata, newData);
    }

    @Override
    public String apiVersion() {
        return apiVersion;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public ObjectMeta metadata() {
        return metadata;
    }

    public Map<String, String> data() {
        return data == null ? Map.of() : data;
    }
}
