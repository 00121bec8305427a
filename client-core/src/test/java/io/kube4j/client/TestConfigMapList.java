package io.kube4j.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.kube4j.api.KubernetesList;
import io.kube4j.api.meta.v1.ListMeta;
import java.util.List;

/** A minimal ConfigMapList model for real-server tests. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class TestConfigMapList implements KubernetesList<TestConfigMap> {
    @JsonProperty("apiVersion")
    private final String apiVersion;
    @JsonProperty("kind")
    private final String kind;
    @JsonProperty("metadata")
    private final ListMeta metadata;
    @JsonProperty("items")
    private final List<TestConfigMap> items;

    @JsonCreator
    public TestConfigMapList(@JsonProperty("apiVersion") String apiVersion, @JsonProperty("kind") String kind,
            @JsonProperty("metadata") ListMeta metadata, @JsonProperty("items") List<TestConfigMap> items) {
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.metadata = metadata;
        this.items = items == null ? List.of() : List.copyOf(items);
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
    public ListMeta metadata() {
        return metadata;
    }

    @Override
    public List<TestConfigMap> items() {
        return items;
    }
}
