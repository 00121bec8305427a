package io.kube4j.dynamic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.kube4j.api.KubernetesObject;
import io.kube4j.api.codec.JsonValues;
import io.kube4j.api.internal.FrozenMap;
import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.api.meta.v1.OwnerReference;
import io.kube4j.api.meta.v1.codec.ObjectMetaCodec;
import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.client.Json;
import io.kube4j.client.SerializationException;
import io.kube4j.dynamic.internal.JsonTrees;
import io.kube4j.dynamic.internal.NestedPaths;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Any Kubernetes object as an immutable tree of frozen JSON values: {@code Map<String,Object>} (field order
 * kept), {@code List<Object>}, {@code String}, {@code Boolean} and exact numbers ({@code Integer}, {@code Long},
 * {@code BigInteger}; {@code Double} only for numbers written with a fraction or exponent).
 *
 * <p>Typed accessors cover the type and metadata fields; {@code getNestedXxx(path...)} read any field and
 * {@code with(path, value)} / {@code without(path...)} return updated copies that share every subtree off the
 * path. {@link #metadata()} is computed once, on first use. Instances are safe to share between threads.
 */
public final class Unstructured implements KubernetesObject {
    private final Map<String, Object> object;
    private ObjectMeta meta; // memo: ObjectMeta is immutable, so a racy first computation is harmless

    Unstructured(Map<String, Object> frozen) {
        this.object = frozen;
    }

    /**
     * An object from a map of JSON values, deeply copied and frozen. Values that are not JSON types (typed models,
     * {@code Quantity}, ...) are converted with kube4j's mapper.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Unstructured of(Map<String, ?> object) {
        Object frozen = JsonTrees.freeze(Objects.requireNonNull(object, "object"));
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) frozen;
        return new Unstructured(map);
    }

    /** An object with only {@code apiVersion} and {@code kind} set. */
    public static Unstructured of(String apiVersion, String kind) {
        return new Unstructured(FrozenMap.adopt(new Object[] {"apiVersion", Objects.requireNonNull(apiVersion, "apiVersion"),
            "kind", Objects.requireNonNull(kind, "kind")}, 2));
    }

    /** Decodes a JSON object. @throws SerializationException naming the path of the first problem */
    public static Unstructured fromJson(String json) {
        return requireObject(Json.read(json, Unstructured.class), "JSON");
    }

    /** Decodes a UTF-8 JSON object. @throws SerializationException naming the path of the first problem */
    public static Unstructured fromJson(byte[] json) {
        return requireObject(Json.read(json, Unstructured.class), "JSON");
    }

    /** Decodes one YAML document holding an object. For multi-document YAML see {@code Manifests}. */
    public static Unstructured fromYaml(String yaml) {
        return requireObject(Json.readYaml(yaml, Unstructured.class), "YAML");
    }

    private static Unstructured requireObject(Unstructured u, String format) {
        if (u == null) {
            throw new SerializationException("the " + format + " document is empty or null", null);
        }
        return u;
    }

    /**
     * Reads an object from a parser on its {@code START_OBJECT} (or {@code VALUE_NULL}, giving null), leaving
     * the parser on the object's {@code END_OBJECT}. Used by {@link io.kube4j.dynamic.codec.UnstructuredCodec}.
     */
    public static Unstructured read(JsonParser p) throws IOException {
        return UnstructuredReader.readObject(p);
    }

    /** Writes this object as JSON. */
    public void write(JsonGenerator g) throws IOException {
        JsonValues.write(object, g);
    }

    /** The whole object: an immutable, insertion-ordered map of frozen JSON values. */
    @JsonValue
    public Map<String, Object> object() {
        return object;
    }

    /** Compact JSON text. */
    public String toJson() {
        return Json.write(this);
    }

    /** A YAML document. */
    public String toYaml() {
        return Json.toYaml(this);
    }

    @Override
    public String apiVersion() {
        return topString("apiVersion");
    }

    @Override
    public String kind() {
        return topString("kind");
    }

    /**
     * The group, version and kind of {@code apiVersion} and {@code kind}.
     *
     * @throws IllegalStateException when {@code kind} is not set
     */
    public GroupVersionKind groupVersionKind() {
        String kind = kind();
        if (kind == null || kind.isEmpty()) {
            throw new IllegalStateException("the object has no kind: " + this);
        }
        String apiVersion = apiVersion();
        return GroupVersionKind.fromApiVersionAndKind(apiVersion == null ? "" : apiVersion, kind);
    }

    /**
     * The {@code metadata} as a typed {@link ObjectMeta}, computed on first use; {@code null} when absent.
     *
     * @throws SerializationException when the metadata does not have ObjectMeta's shape (naming the path)
     */
    @Override
    public ObjectMeta metadata() {
        ObjectMeta m = meta;
        if (m == null) {
            Object raw = object.get("metadata");
            if (raw == null) {
                return null;
            }
            m = JsonTrees.readField("metadata", raw, ObjectMetaCodec.INSTANCE, describe(), "ObjectMeta");
            meta = m;
        }
        return m;
    }

    /** {@code metadata.name}, or null. */
    public String name() {
        return metaString("name");
    }

    /** {@code metadata.namespace}, or null (cluster-scoped objects and objects not yet placed). */
    public String namespace() {
        return metaString("namespace");
    }

    /** {@code metadata.generateName}, or null. */
    public String generateName() {
        return metaString("generateName");
    }

    /** {@code metadata.uid}, or null. */
    public String uid() {
        return metaString("uid");
    }

    /** {@code metadata.resourceVersion}, or null. */
    public String resourceVersion() {
        return metaString("resourceVersion");
    }

    /** {@code metadata.generation}, or null. */
    public Long generation() {
        return getNestedLong("metadata", "generation").orElse(null);
    }

    /** {@code metadata.labels}; empty when absent. */
    public Map<String, String> labels() {
        ObjectMeta m = metadata();
        return m == null ? Map.of() : m.labels();
    }

    /** {@code metadata.annotations}; empty when absent. */
    public Map<String, String> annotations() {
        ObjectMeta m = metadata();
        return m == null ? Map.of() : m.annotations();
    }

    /** {@code metadata.finalizers}; empty when absent. */
    public List<String> finalizers() {
        ObjectMeta m = metadata();
        return m == null ? List.of() : m.finalizers();
    }

    /** {@code metadata.ownerReferences}; empty when absent. */
    public List<OwnerReference> ownerReferences() {
        ObjectMeta m = metadata();
        return m == null ? List.of() : m.ownerReferences();
    }

    /** {@code metadata.creationTimestamp}, or null. */
    public Instant creationTimestamp() {
        ObjectMeta m = metadata();
        return m == null ? null : m.creationTimestamp();
    }

    /** {@code metadata.deletionTimestamp}, or null. */
    public Instant deletionTimestamp() {
        ObjectMeta m = metadata();
        return m == null ? null : m.deletionTimestamp();
    }

    /** The value at {@code path} (object field names); empty when absent or JSON null. */
    public Optional<Object> getNested(String... path) {
        Object v = NestedPaths.get(object, NestedPaths.check(path));
        return v == NestedPaths.MISSING ? Optional.empty() : Optional.of(v);
    }

    /** The string at {@code path}. @throws SerializationException if the value is not a string */
    public Optional<String> getNestedString(String... path) {
        return typed(path, String.class, "a string");
    }

    /**
     * The integer at {@code path}, exactly: 64-bit values stay exact, a fraction is an error.
     *
     * @throws SerializationException if the value is not an integer or does not fit in 64 bits
     */
    public Optional<Long> getNestedLong(String... path) {
        Object v = NestedPaths.get(object, NestedPaths.check(path));
        if (v == NestedPaths.MISSING) {
            return Optional.empty();
        }
        if (v instanceof Integer || v instanceof Long) {
            return Optional.of(((Number) v).longValue());
        }
        throw NestedPaths.mismatch(path, path.length - 1, "a 64-bit integer", v);
    }

    /** The number at {@code path} as a double (integers are widened). @throws SerializationException if not a number */
    public Optional<Double> getNestedDouble(String... path) {
        return typed(path, Number.class, "a number").map(Number::doubleValue);
    }

    /** The boolean at {@code path}. @throws SerializationException if the value is not a boolean */
    public Optional<Boolean> getNestedBoolean(String... path) {
        return typed(path, Boolean.class, "a boolean");
    }

    /** The object at {@code path} (immutable). @throws SerializationException if the value is not an object */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> getNestedMap(String... path) {
        return typed(path, Map.class, "an object").map(m -> (Map<String, Object>) m);
    }

    /** The array at {@code path} (immutable). @throws SerializationException if the value is not an array */
    @SuppressWarnings("unchecked")
    public Optional<List<Object>> getNestedList(String... path) {
        return typed(path, List.class, "an array").map(l -> (List<Object>) l);
    }

    /** The object of strings at {@code path}, e.g. labels. @throws SerializationException on any other shape */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, String>> getNestedStringMap(String... path) {
        Optional<Map<String, Object>> map = getNestedMap(path);
        map.ifPresent(m -> m.forEach((k, v) -> {
            if (!(v instanceof String)) {
                throw NestedPaths.mismatch(append(path, k), path.length, "a string", v);
            }
        }));
        return map.map(m -> (Map<String, String>) (Map<String, ?>) m);
    }

    /** The array of strings at {@code path}, e.g. finalizers. @throws SerializationException on any other shape */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> getNestedStringList(String... path) {
        Optional<List<Object>> list = getNestedList(path);
        list.ifPresent(l -> {
            for (int i = 0; i < l.size(); i++) {
                if (!(l.get(i) instanceof String)) {
                    String where = NestedPaths.format(path, path.length - 1) + "[" + i + "]";
                    throw new SerializationException(where + ": expected a string but found "
                            + NestedPaths.jsonType(l.get(i)), where, null, null);
                }
            }
        });
        return list.map(l -> (List<String>) (List<?>) l);
    }

    /**
     * A copy with {@code value} at {@code path}, creating missing objects on the way; only the maps on the path
     * are copied. The value is frozen (see {@link #of(Map)}); {@code null} sets JSON null.
     *
     * @throws IllegalArgumentException when a field on the way holds something other than an object
     */
    public Unstructured with(List<String> path, Object value) {
        return new Unstructured(NestedPaths.with(object, NestedPaths.check(path), JsonTrees.freeze(value)));
    }

    /** A copy without the field at {@code path}; this object when there is no such field. */
    public Unstructured without(String... path) {
        Map<String, Object> updated = NestedPaths.without(object, NestedPaths.check(path));
        return updated == object ? this : new Unstructured(updated);
    }

    /** {@link #without(String...)} with the path as a list. */
    public Unstructured without(List<String> path) {
        return without(NestedPaths.check(path));
    }

    public Unstructured withApiVersion(String apiVersion) {
        return with(List.of("apiVersion"), apiVersion);
    }

    public Unstructured withKind(String kind) {
        return with(List.of("kind"), kind);
    }

    public Unstructured withName(String name) {
        return with(List.of("metadata", "name"), name);
    }

    public Unstructured withNamespace(String namespace) {
        return with(List.of("metadata", "namespace"), namespace);
    }

    public Unstructured withGenerateName(String generateName) {
        return with(List.of("metadata", "generateName"), generateName);
    }

    public Unstructured withResourceVersion(String resourceVersion) {
        return with(List.of("metadata", "resourceVersion"), resourceVersion);
    }

    /** A copy whose labels are exactly {@code labels}. */
    public Unstructured withLabels(Map<String, String> labels) {
        return with(List.of("metadata", "labels"), labels);
    }

    /** A copy with one label added or replaced. */
    public Unstructured withLabel(String key, String value) {
        return with(List.of("metadata", "labels", key), value);
    }

    /** A copy whose annotations are exactly {@code annotations}. */
    public Unstructured withAnnotations(Map<String, String> annotations) {
        return with(List.of("metadata", "annotations"), annotations);
    }

    /** A copy with one annotation added or replaced. */
    public Unstructured withAnnotation(String key, String value) {
        return with(List.of("metadata", "annotations", key), value);
    }

    public Unstructured withFinalizers(List<String> finalizers) {
        return with(List.of("metadata", "finalizers"), finalizers);
    }

    public Unstructured withOwnerReferences(List<OwnerReference> ownerReferences) {
        return with(List.of("metadata", "ownerReferences"), ownerReferences);
    }

    /** A copy whose whole metadata is {@code metadata}. */
    public Unstructured withMetadata(ObjectMeta metadata) {
        return with(List.of("metadata"), metadata);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Unstructured && object.equals(((Unstructured) o).object);
    }

    @Override
    public int hashCode() {
        return object.hashCode();
    }

    /** Type and identity only: the content may hold secrets. */
    @Override
    public String toString() {
        return "Unstructured{" + describe() + "}";
    }

    /** {@code apps/v1 Deployment ns/name}, for messages. */
    String describe() {
        StringBuilder out = new StringBuilder();
        out.append(safe(object.get("apiVersion"), "<no apiVersion>")).append(' ')
                .append(safe(object.get("kind"), "<no kind>")).append(' ');
        Object m = object.get("metadata");
        Object ns = m instanceof Map ? ((Map<?, ?>) m).get("namespace") : null;
        Object name = m instanceof Map ? ((Map<?, ?>) m).get("name") : null;
        if (name == null && m instanceof Map && ((Map<?, ?>) m).get("generateName") instanceof String) {
            name = ((Map<?, ?>) m).get("generateName") + "*";
        }
        if (ns instanceof String) {
            out.append(ns).append('/');
        }
        return out.append(safe(name, "<no name>")).toString();
    }

    private static String safe(Object v, String absent) {
        return v instanceof String ? (String) v : absent;
    }

    private String topString(String field) {
        Object v = object.get(field);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw NestedPaths.mismatch(new String[] {field}, 0, "a string", v);
    }

    private String metaString(String field) {
        Object m = object.get("metadata");
        if (m == null) {
            return null;
        }
        if (!(m instanceof Map)) {
            throw NestedPaths.mismatch(new String[] {"metadata"}, 0, "an object", m);
        }
        Object v = ((Map<?, ?>) m).get(field);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw NestedPaths.mismatch(new String[] {"metadata", field}, 1, "a string", v);
    }

    private <T> Optional<T> typed(String[] path, Class<T> type, String expected) {
        Object v = NestedPaths.get(object, NestedPaths.check(path));
        if (v == NestedPaths.MISSING) {
            return Optional.empty();
        }
        if (type.isInstance(v)) {
            return Optional.of(type.cast(v));
        }
        throw NestedPaths.mismatch(path, path.length - 1, expected, v);
    }

    private static String[] append(String[] path, String last) {
        String[] out = java.util.Arrays.copyOf(path, path.length + 1);
        out[path.length] = last;
        return out;
    }
}
