package io.kube4j.informers;

import io.kube4j.api.labels.LabelSelector;
import java.util.List;
import java.util.Optional;

/** A {@link Lister} limited to one namespace (served by the informer's namespace index). */
public interface NamespacedLister<T> {
    /** The namespace. */
    String namespace();

    /** Every cached object of the namespace. */
    List<T> list();

    /** The cached objects of the namespace whose labels match {@code selector}. */
    List<T> list(LabelSelector selector);

    /** The object named {@code name} in this namespace. */
    Optional<T> get(String name);
}
