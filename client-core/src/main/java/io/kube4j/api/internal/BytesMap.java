package io.kube4j.api.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An immutable {@code Map<String, byte[]>} (Secret {@code data}, ConfigMap {@code binaryData}): values are
 * copied on the way out so no caller can change a cached object's bytes, and equality compares contents.
 */
public final class BytesMap extends AbstractMap<String, byte[]> {
    private static final BytesMap EMPTY = new BytesMap(FrozenMap.empty());

    private final Map<String, byte[]> values;

    private BytesMap(Map<String, byte[]> values) {
        this.values = values;
    }

    /** The shared empty map. */
    public static Map<String, byte[]> empty() {
        return EMPTY;
    }

    /** A copy of {@code source} (arrays are copied too); {@code null} gives the empty map. */
    public static Map<String, byte[]> copyOf(Map<String, byte[]> source) {
        if (source == null || source.isEmpty()) {
            return EMPTY;
        }
        if (source instanceof BytesMap) {
            return source;
        }
        Object[] kv = new Object[source.size() * 2];
        int i = 0;
        for (Map.Entry<String, byte[]> e : source.entrySet()) {
            kv[i++] = e.getKey();
            kv[i++] = e.getValue() == null ? null : e.getValue().clone();
        }
        return new BytesMap(FrozenMap.adopt(kv, i / 2));
    }

    /** Adopts key/value pairs as {@link FrozenMap#adopt} does; the arrays must be fresh and unshared. */
    public static Map<String, byte[]> adopt(Object[] keysAndValues, int size) {
        return size == 0 ? EMPTY : new BytesMap(FrozenMap.adopt(keysAndValues, size));
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key);
    }

    @Override
    public byte[] get(Object key) {
        byte[] v = values.get(key);
        return v == null ? null : v.clone();
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super byte[]> action) {
        values.forEach((k, v) -> action.accept(k, v == null ? null : v.clone()));
    }

    @Override
    public Set<Map.Entry<String, byte[]>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.size();
            }

            @Override
            public Iterator<Map.Entry<String, byte[]>> iterator() {
                Iterator<Map.Entry<String, byte[]>> it = values.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Map.Entry<String, byte[]> next() {
                        Map.Entry<String, byte[]> e = it.next();
                        byte[] v = e.getValue();
                        return new AbstractMap.SimpleImmutableEntry<>(e.getKey(), v == null ? null : v.clone());
                    }
                };
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map) || ((Map<?, ?>) o).size() != values.size()) {
            return false;
        }
        Map<?, ?> other = (Map<?, ?>) o;
        for (Map.Entry<String, byte[]> e : values.entrySet()) {
            Object ov = other.get(e.getKey());
            if (e.getValue() == null ? ov != null || !other.containsKey(e.getKey())
                    : !(ov instanceof byte[]) || !Arrays.equals(e.getValue(), (byte[]) ov)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<String, byte[]> e : values.entrySet()) {
            h += e.getKey().hashCode() ^ Arrays.hashCode(e.getValue());
        }
        return h;
    }

    @Override
    public String toString() {
        return "{" + values.size() + " entries}";
    }

    // Mutators always throw, even when they would not change anything (as Map.of does).

    @Override
    public byte[] put(String key, byte[] value) {
        throw Frozen.immutable();
    }

    @Override
    public void putAll(Map<? extends String, ? extends byte[]> m) {
        throw Frozen.immutable();
    }

    @Override
    public byte[] remove(Object key) {
        throw Frozen.immutable();
    }

    @Override
    public void clear() {
        throw Frozen.immutable();
    }

    @Override
    public byte[] putIfAbsent(String key, byte[] value) {
        throw Frozen.immutable();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw Frozen.immutable();
    }

    @Override
    public boolean replace(String key, byte[] oldValue, byte[] newValue) {
        throw Frozen.immutable();
    }

    @Override
    public byte[] replace(String key, byte[] value) {
        throw Frozen.immutable();
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super byte[], ? extends byte[]> function) {
        throw Frozen.immutable();
    }

    @Override
    public byte[] computeIfAbsent(String key, Function<? super String, ? extends byte[]> mappingFunction) {
        throw Frozen.immutable();
    }

    @Override
    public byte[] computeIfPresent(String key, BiFunction<? super String, ? super byte[], ? extends byte[]> remappingFunction) {
        throw Frozen.immutable();
    }

    @Override
    public byte[] compute(String key, BiFunction<? super String, ? super byte[], ? extends byte[]> remappingFunction) {
        throw Frozen.immutable();
    }

    @Override
    public byte[] merge(String key, byte[] value, BiFunction<? super byte[], ? super byte[], ? extends byte[]> remappingFunction) {
        throw Frozen.immutable();
    }
}
