package io.kube4j.dynamic.internal;

import io.kube4j.api.internal.FrozenMap;
import io.kube4j.client.SerializationException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and copy-on-write updates of frozen JSON maps along a path of field names. Updates copy only the
 * maps on the path; every other subtree is shared with the original.
 */
public final class NestedPaths {
    /** Returned by {@link #get} when a field on the path is absent. */
    public static final Object MISSING = new Object();

    private NestedPaths() {
    }

    /** Checks that a path has at least one field and no null or empty names. */
    public static String[] check(String... path) {
        Objects.requireNonNull(path, "path");
        if (path.length == 0) {
            throw new IllegalArgumentException("the path must name at least one field");
        }
        for (String p : path) {
            if (p == null || p.isEmpty()) {
                throw new IllegalArgumentException("the path must not contain null or empty field names: "
                        + java.util.Arrays.toString(path));
            }
        }
        return path;
    }

    /** {@link #check(String...)} for a list. */
    public static String[] check(List<String> path) {
        return check(Objects.requireNonNull(path, "path").toArray(new String[0]));
    }

    /**
     * The value at {@code path}, or {@link #MISSING} when a field on the way is absent or JSON null.
     *
     * @throws SerializationException when a field on the way holds something other than an object
     */
    public static Object get(Map<String, Object> root, String[] path) {
        Object current = root;
        for (int i = 0; i < path.length; i++) {
            if (!(current instanceof Map)) {
                throw mismatch(path, i - 1, "an object", current);
            }
            current = ((Map<?, ?>) current).get(path[i]);
            if (current == null) {
                return MISSING;
            }
        }
        return current;
    }

    /**
     * A copy of {@code root} with {@code value} (already frozen) at {@code path}; missing objects on the way are
     * created.
     *
     * @throws IllegalArgumentException when a field on the way holds something other than an object
     */
    public static Map<String, Object> with(Map<String, Object> root, String[] path, Object value) {
        return with(root, path, 0, value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> with(Map<String, Object> map, String[] path, int i, Object value) {
        String key = path[i];
        if (i == path.length - 1) {
            return put(map, key, value);
        }
        Object child = map.get(key);
        Map<String, Object> childMap;
        if (child == null) {
            childMap = FrozenMap.empty();
        } else if (child instanceof Map) {
            childMap = (Map<String, Object>) child;
        } else {
            throw new IllegalArgumentException("cannot set " + format(path, path.length - 1) + ": "
                    + format(path, i) + " is " + jsonType(child) + ", not an object");
        }
        return put(map, key, with(childMap, path, i + 1, value));
    }

    /** A copy of {@code root} without the field at {@code path}; {@code root} itself when there is none. */
    public static Map<String, Object> without(Map<String, Object> root, String[] path) {
        return without(root, path, 0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> without(Map<String, Object> map, String[] path, int i) {
        String key = path[i];
        if (!map.containsKey(key)) {
            return map;
        }
        if (i == path.length - 1) {
            return remove(map, key);
        }
        Object child = map.get(key);
        if (!(child instanceof Map)) {
            return map;
        }
        Map<String, Object> updated = without((Map<String, Object>) child, path, i + 1);
        return updated == child ? map : put(map, key, updated);
    }

    /** A copy of {@code map} with {@code key} set, keeping its position if present, else appended. */
    public static Map<String, Object> put(Map<String, Object> map, String key, Object value) {
        Object[] kv = new Object[(map.size() + 1) * 2];
        int n = 0;
        boolean found = false;
        for (Map.Entry<String, Object> e : map.entrySet()) {
            kv[n++] = e.getKey();
            if (!found && e.getKey().equals(key)) {
                kv[n++] = value;
                found = true;
            } else {
                kv[n++] = e.getValue();
            }
        }
        if (!found) {
            kv[n++] = key;
            kv[n++] = value;
        }
        return FrozenMap.adopt(kv, n / 2);
    }

    private static Map<String, Object> remove(Map<String, Object> map, String key) {
        Object[] kv = new Object[map.size() * 2];
        int n = 0;
        for (Map.Entry<String, Object> e : map.entrySet()) {
            if (!e.getKey().equals(key)) {
                kv[n++] = e.getKey();
                kv[n++] = e.getValue();
            }
        }
        return FrozenMap.adopt(kv, n / 2);
    }

    /** A type mismatch at {@code path[0..last]}; never quotes the value, which may be secret. */
    public static SerializationException mismatch(String[] path, int last, String expected, Object found) {
        String where = format(path, last);
        return new SerializationException(where + ": expected " + expected + " but found " + jsonType(found),
                where, null, null);
    }

    /** {@code $.spec.template} style path of {@code path[0..last]}; keys that are not identifiers in brackets. */
    public static String format(String[] path, int last) {
        StringBuilder out = new StringBuilder("$");
        for (int i = 0; i <= last; i++) {
            appendField(out, path[i]);
        }
        return out.toString();
    }

    /** Appends {@code .name} or {@code ['na.me']}, as {@link io.kube4j.api.codec.CodecException} formats paths. */
    public static void appendField(StringBuilder out, String name) {
        boolean plain = !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0));
        for (int i = 1; plain && i < name.length(); i++) {
            plain = Character.isJavaIdentifierPart(name.charAt(i));
        }
        if (plain) {
            out.append('.').append(name);
        } else {
            out.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
        }
    }

    /** The JSON type of a frozen value, for messages: {@code "a string"}, {@code "an object"}, ... */
    public static String jsonType(Object v) {
        if (v == null) {
            return "null";
        } else if (v instanceof String) {
            return "a string";
        } else if (v instanceof Map) {
            return "an object";
        } else if (v instanceof List) {
            return "an array";
        } else if (v instanceof Boolean) {
            return "a boolean";
        } else if (v instanceof Number) {
            return v instanceof Double || v instanceof java.math.BigDecimal ? "a fractional number" : "an integer";
        }
        return "a " + v.getClass().getSimpleName();
    }
}
