package io.kube4j.informers.internal;

import io.kube4j.client.EventType;
import java.util.List;

/** Where a {@link Reflector} puts what it reads: the informer's cache and handlers. Called on the reflector thread. */
public interface ReflectorSink<T> {
    /** Replaces the whole cache with a complete list taken at {@code resourceVersion}. */
    void replace(List<T> objects, String resourceVersion);

    /** One watch event: {@link EventType#ADDED}, {@link EventType#MODIFIED} or {@link EventType#DELETED}. */
    void apply(EventType type, T object);
}
