package io.kube4j.dynamic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.kube4j.api.KubernetesList;
import io.kube4j.api.codec.JsonValues;
import io.kube4j.api.internal.FrozenList;
import io.kube4j.api.internal.FrozenMap;
import io.kube4j.api.meta.v1.ListMeta;
import io.kube4j.api.meta.v1.codec.ListMetaCodec;
import io.kube4j.client.Json;
import io.kube4j.dynamic.internal.JsonTrees;
import io.kube4j.dynamic.internal.NestedPaths;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A list of {@link Unstructured} objects as the server returns it ({@code PodList}, {@code CronTabList}, a
 * {@code v1 List}): the list's own fields (apiVersion, kind, metadata) plus the items. Immutable. Items that
 * arrive without apiVersion and kind get the list's (kind without the {@code List} suffix).
 */
public final class UnstructuredList implements KubernetesList<Unstructured> {
    private final Map<String, Object> fields;
    private final List<Unstructured> items;
    private ListMeta meta; // memo; ListMeta is immutable

    UnstructuredList(Map<String, Object> frozenFieldsWithoutItems, List<Unstructured> frozenItems) {
        this.fields = frozenFieldsWithoutItems;
        this.items = frozenItems;
    }

    /** A list of {@code items} with the given type fields, e.g. {@code ("v1", "List", items)}. */
    public static UnstructuredList of(String apiVersion, String kind, List<Unstructured> items) {
        Map<String, Object> fields = FrozenMap.adopt(new Object[] {
            "apiVersion", Objects.requireNonNull(apiVersion, "apiVersion"), "kind", Objects.requireNonNull(kind, "kind")}, 2);
        return new UnstructuredList(fields, copyItems(items));
    }

    /**
     * A list from a map of JSON values whose {@code items} is an array of objects; deeply copied and frozen.
     *
     * @throws IllegalArgumentException when {@code items} is present but not an array of objects
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static UnstructuredList of(Map<String, ?> list) {
        Objects.requireNonNull(list, "list");
        List<Unstructured> items = new ArrayList<>();
        Object rawItems = list.get("items");
        if (rawItems instanceof List) {
            int i = 0;
            for (Object item : (List<?>) rawItems) {
                if (!(item instanceof Map)) {
                    throw new IllegalArgumentException("$.items[" + i + "] is " + NestedPaths.jsonType(item)
                            + ", expected an object");
                }
                @SuppressWarnings("unchecked")
                Map<String, ?> m = (Map<String, ?>) item;
                items.add(Unstructured.of(m));
                i++;
            }
        } else if (rawItems != null) {
            throw new IllegalArgumentException("$.items is " + NestedPaths.jsonType(rawItems) + ", expected an array");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) JsonTrees.freeze(list);
        fields = NestedPaths.without(fields, new String[] {"items"});
        List<Unstructured> frozenItems = FrozenList.copyOf(items);
        Object apiVersion = fields.get("apiVersion");
        Object kind = fields.get("kind");
        if (apiVersion instanceof String && kind instanceof String) {
            frozenItems = UnstructuredReader.fillDefaults(frozenItems, (String) apiVersion,
                    UnstructuredReader.itemKind((String) kind));
        }
        return new UnstructuredList(fields, frozenItems);
    }

    /** Decodes a JSON list. @throws io.kube4j.client.SerializationException naming the path of the first problem */
    public static UnstructuredList fromJson(String json) {
        UnstructuredList list = Json.read(json, UnstructuredList.class);
        if (list == null) {
            throw new io.kube4j.client.SerializationException("the JSON document is null", null);
        }
        return list;
    }

    /**
     * Reads a list from a parser on its {@code START_OBJECT} (or {@code VALUE_NULL}, giving null), leaving the
     * parser on the list's {@code END_OBJECT}. Used by {@link io.kube4j.dynamic.codec.UnstructuredListCodec}.
     */
    public static UnstructuredList read(JsonParser p) throws IOException {
        return UnstructuredReader.readList(p);
    }

    /** Writes this list as JSON: its fields, then {@code items}. */
    public void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            g.writeFieldName(e.getKey());
            JsonValues.write(e.getValue(), g);
        }
        g.writeFieldName("items");
        g.writeStartArray(items, items.size());
        for (Unstructured item : items) {
            item.write(g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    @Override
    public String apiVersion() {
        Object v = fields.get("apiVersion");
        return v instanceof String ? (String) v : null;
    }

    @Override
    public String kind() {
        Object v = fields.get("kind");
        return v instanceof String ? (String) v : null;
    }

    /** The list metadata (resourceVersion, continue token), computed on first use; null when absent. */
    @Override
    public ListMeta metadata() {
        ListMeta m = meta;
        if (m == null) {
            Object raw = fields.get("metadata");
            if (raw == null) {
                return null;
            }
            m = JsonTrees.readField("metadata", raw, ListMetaCodec.INSTANCE, kind() + " list", "ListMeta");
            meta = m;
        }
        return m;
    }

    /** {@code metadata.resourceVersion}, or null. */
    public String resourceVersion() {
        ListMeta m = metadata();
        return m == null ? null : m.resourceVersion();
    }

    /** {@code metadata.continue}, or null when this is the last page. */
    public String continueToken() {
        ListMeta m = metadata();
        return m == null || m.continueToken() == null || m.continueToken().isEmpty() ? null : m.continueToken();
    }

    @Override
    public List<Unstructured> items() {
        return items;
    }

    /** The list's fields other than {@code items} (immutable). */
    public Map<String, Object> fields() {
        return fields;
    }

    /** The whole list as a frozen JSON map, items included. */
    @JsonValue
    public Map<String, Object> toMap() {
        Object[] out = new Object[items.size()];
        int i = 0;
        for (Unstructured item : items) {
            out[i++] = item.object();
        }
        return NestedPaths.put(fields, "items", FrozenList.adopt(out, i));
    }

    /** A copy with other items. */
    public UnstructuredList withItems(List<Unstructured> items) {
        return new UnstructuredList(fields, copyItems(items));
    }

    /** Compact JSON text. */
    public String toJson() {
        return Json.write(this);
    }

    private static List<Unstructured> copyItems(List<Unstructured> items) {
        List<Unstructured> copy = FrozenList.copyOf(Objects.requireNonNull(items, "items"));
        for (Unstructured u : copy) {
            Objects.requireNonNull(u, "items must not contain null");
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof UnstructuredList && fields.equals(((UnstructuredList) o).fields)
                && items.equals(((UnstructuredList) o).items);
    }

    @Override
    public int hashCode() {
        return fields.hashCode() * 31 + items.hashCode();
    }

    @Override
    public String toString() {
        return "UnstructuredList{" + apiVersion() + " " + kind() + ", " + items.size() + " items}";
    }
}
