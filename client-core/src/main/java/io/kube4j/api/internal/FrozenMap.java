package io.kube4j.api.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An immutable, insertion-ordered map with {@code String} keys, backed by one key/value array; the one
 * map type generated models hold. Small maps (most labels and annotations) are scanned linearly; larger
 * ones get an open-addressing index. {@code null} values are allowed (a merge patch uses them to delete).
 * A repeated key keeps its first position and its last value, as JSON decoding into a Go map does.
 *
 * @param <V> value type
 */
public final class FrozenMap<V> extends AbstractMap<String, V> {
    private static final int LINEAR_MAX = 8;
    private static final Object[] NO_ENTRIES = {};
    private static final FrozenMap<Object> EMPTY = new FrozenMap<>(NO_ENTRIES, 0, null);

    private final Object[] keysAndValues;
    private final int size;
    private final int[] index;

    private FrozenMap(Object[] keysAndValues, int size, int[] index) {
        this.keysAndValues = keysAndValues;
        this.size = size;
        this.index = index;
    }

    /** The shared empty map. */
    @SuppressWarnings("unchecked")
    public static <V> Map<String, V> empty() {
        return (Map<String, V>) EMPTY;
    }

    /** An immutable copy of {@code source}, keeping its iteration order; {@code null} gives the empty map. */
    @SuppressWarnings("unchecked")
    public static <V> Map<String, V> copyOf(Map<String, ? extends V> source) {
        if (source instanceof FrozenMap) { // first: the common case on every build()
            return (Map<String, V>) source;
        }
        if (source == null || source.isEmpty()) {
            return empty();
        }
        Object[] kv = new Object[source.size() * 2];
        int i = 0;
        for (Map.Entry<String, ? extends V> e : source.entrySet()) {
            kv[i++] = Objects.requireNonNull(e.getKey(), "map key");
            kv[i++] = e.getValue();
        }
        return adopt(kv, i / 2);
    }

    /**
     * Adopts {@code size} key/value pairs laid out as {@code k0, v0, k1, v1, ...}; the caller must not
     * touch the array afterwards. Keys must be non-null strings.
     */
    public static <V> Map<String, V> adopt(Object[] keysAndValues, int size) {
        if (size == 0) {
            return empty();
        }
        Object[] kv = keysAndValues;
        int[] index = null;
        int unique = 0;
        if (size <= LINEAR_MAX) {
            for (int i = 0; i < size; i++) {
                Object key = kv[2 * i];
                int at = linearFind(kv, unique, key);
                if (at >= 0) {
                    kv[2 * at + 1] = kv[2 * i + 1];
                } else {
                    kv[2 * unique] = key;
                    kv[2 * unique + 1] = kv[2 * i + 1];
                    unique++;
                }
            }
        } else {
            index = new int[Integer.highestOneBit(size * 2 - 1) << 1];
            int mask = index.length - 1;
            for (int i = 0; i < size; i++) {
                Object key = kv[2 * i];
                int slot = spread(key.hashCode()) & mask;
                while (true) {
                    int entry = index[slot];
                    if (entry == 0) {
                        index[slot] = unique + 1;
                        kv[2 * unique] = key;
                        kv[2 * unique + 1] = kv[2 * i + 1];
                        unique++;
                        break;
                    }
                    if (kv[2 * (entry - 1)].equals(key)) {
                        kv[2 * (entry - 1) + 1] = kv[2 * i + 1];
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
            }
        }
        if (kv.length != unique * 2) {
            kv = Arrays.copyOf(kv, unique * 2);
        }
        return new FrozenMap<>(kv, unique, index);
    }

    private static int linearFind(Object[] kv, int size, Object key) {
        for (int i = 0; i < size; i++) {
            if (kv[2 * i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private int find(Object key) {
        if (!(key instanceof String)) {
            return -1;
        }
        if (index == null) {
            return linearFind(keysAndValues, size, key);
        }
        int mask = index.length - 1;
        int slot = spread(key.hashCode()) & mask;
        while (true) {
            int entry = index[slot];
            if (entry == 0) {
                return -1;
            }
            if (keysAndValues[2 * (entry - 1)].equals(key)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = find(key);
        return i < 0 ? null : (V) keysAndValues[2 * i + 1];
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super String, ? super V> action) {
        for (int i = 0; i < size; i++) {
            action.accept((String) keysAndValues[2 * i], (V) keysAndValues[2 * i + 1]);
        }
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new EntrySet(); // not cached: one field less per map in large informer caches
    }

    private final class EntrySet extends AbstractSet<Map.Entry<String, V>> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<Map.Entry<String, V>> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                @SuppressWarnings("unchecked")
                public Map.Entry<String, V> next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    int i = next++;
                    return new AbstractMap.SimpleImmutableEntry<>(
                            (String) keysAndValues[2 * i], (V) keysAndValues[2 * i + 1]);
                }
            };
        }
    }

    // Mutators always throw, even when they would not change anything (as Map.of does).

    @Override
    public V put(String key, V value) {
        throw Frozen.immutable();
    }

    @Override
    public void putAll(Map<? extends String, ? extends V> m) {
        throw Frozen.immutable();
    }

    @Override
    public V remove(Object key) {
        throw Frozen.immutable();
    }

    @Override
    public void clear() {
        throw Frozen.immutable();
    }

    @Override
    public V putIfAbsent(String key, V value) {
        throw Frozen.immutable();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw Frozen.immutable();
    }

    @Override
    public boolean replace(String key, V oldValue, V newValue) {
        throw Frozen.immutable();
    }

    @Override
    public V replace(String key, V value) {
        throw Frozen.immutable();
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super V, ? extends V> function) {
        throw Frozen.immutable();
    }

    @Override
    public V computeIfAbsent(String key, Function<? super String, ? extends V> mappingFunction) {
        throw Frozen.immutable();
    }

    @Override
    public V computeIfPresent(String key, BiFunction<? super String, ? super V, ? extends V> remappingFunction) {
        throw Frozen.immutable();
    }

    @Override
    public V compute(String key, BiFunction<? super String, ? super V, ? extends V> remappingFunction) {
        throw Frozen.immutable();
    }

    @Override
    public V merge(String key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        throw Frozen.immutable();
    }
}
