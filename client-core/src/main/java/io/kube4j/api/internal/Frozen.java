package io.kube4j.api.internal;

import io.kube4j.api.codec.JsonValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Static helpers generated models use to take immutable copies of what callers hand them.
 * Free-form JSON values are normalised so that a value built in Java, one decoded by kube4j's codecs and
 * one decoded by a plain Jackson mapper are {@code equals}: integers become the smallest of
 * {@code Integer}/{@code Long}/{@code BigInteger}, floats {@code Double} (or {@code BigDecimal} if given one).
 */
public final class Frozen {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Frozen() {
    }

    /** The exception every mutator of a frozen collection throws. */
    static UnsupportedOperationException immutable() {
        return new UnsupportedOperationException("immutable: edit a copy (model.toBuilder()) instead");
    }

    /** An immutable copy of a list; {@code null} gives the empty list. */
    public static <E> List<E> list(List<? extends E> list) {
        return FrozenList.copyOf(list);
    }

    /** An immutable copy of a map; {@code null} gives the empty map. */
    public static <V> Map<String, V> map(Map<String, ? extends V> map) {
        return FrozenMap.copyOf(map);
    }

    /** An immutable copy of a list whose elements are lists or maps, frozen at every level. */
    public static <E> List<E> nestedList(List<? extends E> list) {
        if (list == null || list.isEmpty()) {
            return FrozenList.empty();
        }
        Object[] out = new Object[list.size()];
        int i = 0;
        for (E e : list) {
            out[i++] = nested(e);
        }
        return FrozenList.adopt(out, i);
    }

    /** An immutable copy of a map whose values are lists or maps, frozen at every level. */
    public static <V> Map<String, V> nestedMap(Map<String, ? extends V> map) {
        if (map == null || map.isEmpty()) {
            return FrozenMap.empty();
        }
        Object[] kv = new Object[map.size() * 2];
        int i = 0;
        for (Map.Entry<String, ? extends V> e : map.entrySet()) {
            kv[i++] = Objects.requireNonNull(e.getKey(), "map key");
            kv[i++] = nested(e.getValue());
        }
        return FrozenMap.adopt(kv, i / 2);
    }

    @SuppressWarnings("unchecked")
    private static Object nested(Object o) {
        if (o instanceof List) {
            return nestedList((List<Object>) o);
        }
        if (o instanceof Map) {
            return nestedMap((Map<String, Object>) o);
        }
        return o;
    }

    /** An immutable copy of a map of byte arrays; {@code null} gives the empty map. */
    public static Map<String, byte[]> bytesMap(Map<String, byte[]> map) {
        return BytesMap.copyOf(map);
    }

    /** A copy of a byte array, or {@code null}. */
    public static byte[] bytes(byte[] bytes) {
        return bytes == null ? null : bytes.clone();
    }

    /** An immutable copy of a list of free-form JSON values. */
    public static List<Object> valueList(List<?> list) {
        Object frozen = value(list);
        @SuppressWarnings("unchecked")
        List<Object> result = frozen == null ? FrozenList.empty() : (List<Object>) frozen;
        return result;
    }

    /** An immutable copy of a map of free-form JSON values (extras). */
    public static Map<String, Object> valueMap(Map<String, ?> map) {
        if (map == null) {
            return FrozenMap.empty();
        }
        Object frozen = value(map);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = frozen == null ? FrozenMap.empty() : (Map<String, Object>) frozen;
        return result;
    }

    /**
     * A deeply immutable copy of a JSON value: {@code null}, {@code String}, {@code Boolean}, a {@code Number},
     * a {@code Map} with string keys or a {@code List}/{@code Collection} of such values; a model with a codec
     * (a {@code Pod} put into a {@code RawExtension} field, say) is converted to its JSON form.
     * Returns the argument itself when it is already frozen.
     *
     * @throws IllegalArgumentException for anything else (convert objects with a mapper first)
     */
    public static Object value(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number) {
            return number((Number) value);
        }
        if (value instanceof Map) {
            return freezeMap((Map<?, ?>) value, Frozen::value);
        }
        if (value instanceof Collection) {
            return freezeCollection((Collection<?>) value, Frozen::value);
        }
        Object converted = JsonValues.fromModel(value); // a model (e.g. a Pod in a RawExtension field)
        if (converted != null) {
            return converted;
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName()
                + " (use a model, String, Number, Boolean, Map, List or null; convert other objects with a mapper)");
    }

    /** The canonical boxed form of a JSON number (see the class comment). */
    public static Number number(Number n) {
        if (n instanceof Integer || n instanceof Double) {
            return n;
        }
        if (n instanceof Long) {
            long l = n.longValue();
            return l == (int) l ? Integer.valueOf((int) l) : n;
        }
        if (n instanceof Short || n instanceof Byte) {
            return n.intValue();
        }
        if (n instanceof Float) {
            return n.doubleValue();
        }
        if (n instanceof BigInteger) {
            BigInteger b = (BigInteger) n;
            if (b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0) {
                return number(b.longValue());
            }
            return b;
        }
        if (n instanceof BigDecimal) {
            return n;
        }
        throw new IllegalArgumentException("unsupported number type: " + n.getClass().getName());
    }

    /**
     * A frozen copy of a JSON object whose values go through {@code element}; the map itself when it is
     * already a {@link FrozenMap} and {@code element} returns every value as it is.
     */
    public static Object freezeMap(Map<?, ?> map, UnaryOperator<Object> element) {
        boolean changed = !(map instanceof FrozenMap);
        Object[] kv = new Object[map.size() * 2];
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String)) {
                throw new IllegalArgumentException("JSON object keys must be strings, got "
                        + (e.getKey() == null ? "null" : e.getKey().getClass().getName()));
            }
            Object v = element.apply(e.getValue());
            changed |= v != e.getValue();
            kv[i++] = e.getKey();
            kv[i++] = v;
        }
        return changed ? FrozenMap.adopt(kv, i / 2) : map;
    }

    /** A frozen copy of a JSON array whose elements go through {@code element}; likewise returned as is. */
    public static Object freezeCollection(Collection<?> list, UnaryOperator<Object> element) {
        boolean changed = !(list instanceof FrozenList);
        Object[] out = new Object[list.size()];
        int i = 0;
        for (Object e : list) {
            Object v = element.apply(e);
            changed |= v != e;
            out[i++] = v;
        }
        return changed ? FrozenList.adopt(out, i) : list;
    }
}
