package io.kube4j.informers;

import io.kube4j.api.labels.LabelSelector;
import java.util.List;
import java.util.Optional;

/**
 * Typed reads of an informer's cache (client-go's listers): everything, by label selector, by name, or
 * within one namespace. Reads never block on I/O and return the cached (immutable) instances.
 */
public interface Lister<T> {
    /** Every cached object. */
    List<T> list();

    /** The cached objects whose labels match {@code selector}. */
    List<T> list(LabelSelector selector);

    /**
     * The cluster-scoped object named {@code name}. For a namespaced resource use
     * {@link #namespace(String)} or {@link #get(String, String)}.
     */
    Optional<T> get(String name);

    /** The object {@code name} in {@code namespace} (null namespace: a cluster-scoped object). */
    Optional<T> get(String namespace, String name);

    /** The cached objects of one namespace. */
    NamespacedLister<T> namespace(String namespace);
}
