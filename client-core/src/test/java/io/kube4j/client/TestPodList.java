package io.kube4j.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.kube4j.api.KubernetesList;
import io.kube4j.api.meta.v1.ListMeta;
import java.util.List;

/** A minimal PodList-like model for REST tests. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class TestPodList implements KubernetesList<TestPod> {
    @JsonProperty("apiVersion")
    private final String apiVersion;
    @JsonProperty("kind")
    private final String kind;
    @JsonProperty("metadata")
    private final ListMeta metadata;
    @JsonProperty("items")
    private final List<TestPod> items;

    @JsonCreator
    public TestPodList(@JsonProperty("apiVersion") String apiVersion, @JsonProperty("kind") String kind,
            @JsonProperty("metadata") ListMeta metadata, @JsonProperty("items") List<TestPod> items) {
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
    public List<TestPod> items() {
        return items;
    }
}
