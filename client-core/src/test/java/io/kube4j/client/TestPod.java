package io.kube4j.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.kube4j.api.KubernetesObject;
import io.kube4j.api.meta.v1.ObjectMeta;
import java.util.Map;
import java.util.Objects;

/** A minimal Pod-like model for REST tests (the real models live in client-typed). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class TestPod implements KubernetesObject {
    @JsonProperty("apiVersion")
    private final String apiVersion;
    @JsonProperty("kind")
    private final String kind;
    @JsonProperty("metadata")
    private final ObjectMeta metadata;
    @JsonProperty("spec")
    private final Map<String, Object> spec;

    @JsonCreator
    public TestPod(@JsonProperty("apiVersion") String apiVersion, @JsonProperty("kind") String kind,
            @JsonProperty("metadata") ObjectMeta metadata, @JsonProperty("spec") Map<String, Object> spec) {
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.metadata = metadata;
        this.spec = spec;
    }

    public static TestPod of(String namespace, String name) {
        return new TestPod("v1", "Pod", ObjectMeta.builder().name(name).namespace(namespace).build(),
                Map.of("nodeName", "n1"));
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

    public Map<String, Object> spec() {
        return spec;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TestPod p && Objects.equals(apiVersion, p.apiVersion) && Objects.equals(kind, p.kind)
                && Objects.equals(metadata, p.metadata) && Objects.equals(spec, p.spec);
    }

    @Override
    public int hashCode() {
        return Objects.hash(apiVersion, kind, metadata, spec);
    }

    @Override
    public String toString() {
        return "TestPod{" + metadata + "}";
    }
}
