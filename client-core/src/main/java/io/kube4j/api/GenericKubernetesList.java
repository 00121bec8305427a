package io.kube4j.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.kube4j.api.internal.Frozen;
import io.kube4j.api.internal.ToString;
import io.kube4j.api.meta.v1.ListMeta;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A list of any kind, for model classes that have no list class of their own (a hand-written
 * {@link KubeResource} class, create-only kinds such as {@code TokenReview}). Immutable; unknown fields are
 * kept in {@link #extras()}. Decoding needs the item type, which kube4j's resource engine supplies.
 *
 * @param <T> the item type
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "items"})
public final class GenericKubernetesList<T> implements KubernetesList<T> {
    private final String apiVersion;
    private final String kind;
    private final ListMeta metadata;
    private final List<T> items;
    private final Map<String, Object> extras;

    @JsonCreator
    private GenericKubernetesList(@JsonProperty("apiVersion") String apiVersion, @JsonProperty("kind") String kind,
            @JsonProperty("metadata") ListMeta metadata, @JsonProperty("items") List<T> items,
            @JsonAnySetter Map<String, Object> extras) {
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.metadata = metadata;
        this.items = Frozen.list(items);
        this.extras = Frozen.valueMap(extras);
    }

    /** A list with the given fields and no unknown ones. */
    public static <T> GenericKubernetesList<T> of(String apiVersion, String kind, ListMeta metadata,
            List<? extends T> items) {
        return new GenericKubernetesList<>(apiVersion, kind, metadata, List.copyOf(items), null);
    }

    @Override
    @JsonProperty("apiVersion")
    public String apiVersion() {
        return apiVersion;
    }

    @Override
    @JsonProperty("kind")
    public String kind() {
        return kind;
    }

    @Override
    @JsonProperty("metadata")
    public ListMeta metadata() {
        return metadata;
    }

    @Override
    @JsonProperty("items")
    public List<T> items() {
        return items;
    }

    /** Properties other than the four above; written back unchanged. */
    @JsonAnyGetter
    public Map<String, Object> extras() {
        return extras;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenericKubernetesList<?> that && Objects.equals(apiVersion, that.apiVersion)
                && Objects.equals(kind, that.kind) && Objects.equals(metadata, that.metadata)
                && items.equals(that.items) && extras.equals(that.extras);
    }

    @Override
    public int hashCode() {
        return Objects.hash(apiVersion, kind, metadata, items, extras);
    }

    @Override
    public String toString() {
        return ToString.of("GenericKubernetesList").add("apiVersion", apiVersion).add("kind", kind)
                .add("metadata", metadata).add("items", items).add("extras", extras).toString();
    }
}
