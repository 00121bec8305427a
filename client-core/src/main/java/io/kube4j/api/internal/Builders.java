package io.kube4j.api.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Copy-on-first-write collection edits for generated builders. A builder field holds either a frozen
 * collection (shared with a built object or given by the caller, never modified) or an
 * {@code ArrayList}/{@code LinkedHashMap} the builder owns; setters always store frozen copies, so an
 * owned collection is never visible outside the builder, and {@code build()} freezes a copy of it.
 */
public final class Builders {
    private Builders() {
    }

    /** Appends {@code item} (not {@code null}), returning the builder-owned list to store. */
    public static <E> List<E> add(List<E> list, E item) {
        Objects.requireNonNull(item, "item");
        ArrayList<E> owned;
        if (list instanceof ArrayList) {
            owned = (ArrayList<E>) list;
        } else {
            owned = list == null ? new ArrayList<>() : new ArrayList<>(list);
        }
        owned.add(item);
        return owned;
    }

    /** Puts an entry ({@code null} values allowed: a merge patch uses them to delete), returning the map to store. */
    public static <V> Map<String, V> put(Map<String, V> map, String key, V value) {
        Objects.requireNonNull(key, "key");
        LinkedHashMap<String, V> owned = owned(map);
        owned.put(key, value);
        return owned;
    }

    /** Removes an entry, returning the map to store. */
    public static <V> Map<String, V> remove(Map<String, V> map, String key) {
        if (map == null || !map.containsKey(key)) {
            return map;
        }
        LinkedHashMap<String, V> owned = owned(map);
        owned.remove(key);
        return owned;
    }

    private static <V> LinkedHashMap<String, V> owned(Map<String, V> map) {
        if (map instanceof LinkedHashMap) {
            return (LinkedHashMap<String, V>) map;
        }
        return map == null ? new LinkedHashMap<>() : new LinkedHashMap<>(map);
    }
}
