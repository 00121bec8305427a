package io.kube4j.informers;

import java.util.List;
import java.util.Optional;

/**
 * A read view of an informer's cache, keyed {@code namespace/name} ({@link ObjectKey}). Reads are
 * thread-safe, never block on I/O, and return the cached instances themselves: models are immutable, so
 * no copy is needed and no caller can corrupt the cache.
 */
public interface Store<T> {
    /** Every cached object, in no particular order (a fresh list). */
    List<T> list();

    /** Every key, in no particular order (a fresh list). */
    List<String> listKeys();

    /** The object with this {@code namespace/name} key. */
    Optional<T> getByKey(String key);

    /** The cached object with the same key as {@code object}. */
    default Optional<T> get(io.kube4j.api.KubernetesObject object) {
        return getByKey(ObjectKey.keyOf(object));
    }

    /** The number of cached objects. */
    int size();
}
