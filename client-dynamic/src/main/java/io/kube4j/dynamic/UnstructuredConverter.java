package io.kube4j.dynamic;

import io.kube4j.dynamic.internal.JsonTrees;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Objects;

/**
 * Converts between {@link Unstructured} and typed models (generated or any Jackson-bindable class) through
 * Jackson token streams, with no JSON text in between. Numbers stay exact both ways; unknown fields land in the
 * model's {@code extras()} and come back out. Failures are {@link io.kube4j.client.SerializationException}s
 * naming the JSON path ({@code $.spec.containers[0].ports[0].containerPort}). Stateless and thread-safe.
 */
public final class UnstructuredConverter {
    private static final ClassValue<String> KINDS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            try {
                Field f = type.getField("KIND");
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    return (String) f.get(null);
                }
            } catch (NoSuchFieldException | IllegalAccessException e) {
                // not a top-level model: no kind to check
            }
            return null;
        }
    };

    private UnstructuredConverter() {
    }

    /**
     * The object as {@code type}. When {@code type} is a top-level model (it has a {@code KIND} constant) and
     * the object names a kind, the kinds must match.
     *
     * @throws IllegalArgumentException when the kinds differ
     * @throws io.kube4j.client.SerializationException when a value does not fit the model, naming its path
     */
    public static <T> T toTyped(Unstructured object, Class<T> type) {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(type, "type");
        String expected = KINDS.get(type);
        String kind = object.kind();
        if (expected != null && kind != null && !kind.equals(expected)) {
            throw new IllegalArgumentException("cannot convert " + object.describe() + " to " + type.getSimpleName()
                    + ": its kind is " + kind + ", not " + expected);
        }
        return JsonTrees.bind(object.object(), type, object.describe());
    }

    /**
     * Any object that serialises to a JSON object (a typed model, a {@code Map}, an {@code Unstructured}) as
     * an {@link Unstructured}.
     *
     * @throws IllegalArgumentException when the object does not serialise to a JSON object
     */
    public static Unstructured toUnstructured(Object typed) {
        Objects.requireNonNull(typed, "typed");
        if (typed instanceof Unstructured) {
            return (Unstructured) typed;
        }
        Object value = JsonTrees.freeze(typed);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(typed.getClass().getSimpleName()
                    + " does not serialise to a JSON object but to " + io.kube4j.dynamic.internal.NestedPaths.jsonType(value));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return new Unstructured(map);
    }
}
