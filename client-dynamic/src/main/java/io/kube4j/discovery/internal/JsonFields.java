package io.kube4j.discovery.internal;

import io.kube4j.client.SerializationException;
import io.kube4j.dynamic.internal.NestedPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Typed reads of frozen JSON maps for discovery documents; a wrong shape names its JSON path. */
final class JsonFields {
    private JsonFields() {
    }

    static String string(Map<?, ?> map, String field, String path) {
        Object v = map.get(field);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw mismatch(path + "." + field, "a string", v);
    }

    static Map<?, ?> object(Map<?, ?> map, String field, String path) {
        Object v = map.get(field);
        if (v == null || v instanceof Map) {
            return (Map<?, ?>) v;
        }
        throw mismatch(path + "." + field, "an object", v);
    }

    static List<Map<?, ?>> objects(Map<?, ?> map, String field, String path) {
        Object v = map.get(field);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List)) {
            throw mismatch(path + "." + field, "an array", v);
        }
        List<Map<?, ?>> out = new ArrayList<>();
        int i = 0;
        for (Object o : (List<?>) v) {
            if (!(o instanceof Map)) {
                throw mismatch(path + "." + field + "[" + i + "]", "an object", o);
            }
            out.add((Map<?, ?>) o);
            i++;
        }
        return out;
    }

    static List<String> strings(Map<?, ?> map, String field, String path) {
        Object v = map.get(field);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List)) {
            throw mismatch(path + "." + field, "an array", v);
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        for (Object o : (List<?>) v) {
            if (!(o instanceof String)) {
                throw mismatch(path + "." + field + "[" + i + "]", "a string", o);
            }
            out.add((String) o);
            i++;
        }
        return out;
    }

    private static SerializationException mismatch(String path, String expected, Object found) {
        return new SerializationException("discovery document: " + path + ": expected " + expected + " but found "
                + NestedPaths.jsonType(found), path, null, null);
    }
}
