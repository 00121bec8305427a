package io.kube4j.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.kube4j.api.KubernetesList;
import io.kube4j.api.meta.v1.ListMeta;
import java.util.List;

/** The fields of the test list models; each subclass names its item type in its {@code @JsonCreator}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
abstract class TestList<T> implements KubernetesList<T> {
    @JsonProperty("apiVersion")
    private final String apiVersion;
    @JsonProperty("kind")
    private final String kind;
    @JsonProperty("metadata")
    private final ListMeta metadata;
    @JsonProperty("items")
    private final List<T> items;

    TestList(String apiVersion, String kind, ListMeta metadata, List<T> items) {
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
    public List<T> items() {
        return items;
    }
}
