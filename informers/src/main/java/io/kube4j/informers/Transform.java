package io.kube4j.informers;

import io.kube4j.api.KubernetesObject;

/**
 * Rewrites each object before an informer caches it and hands it to handlers, e.g. to drop fields the
 * program never reads ({@link Transforms#stripManagedFields()}) and save memory. Runs on the reflector
 * thread for every listed or watched object; it must return an object of the same Java type with the same
 * namespace, name and resourceVersion. {@link Transforms#of(Class, java.util.function.UnaryOperator)} makes a
 * typed one.
 */
@FunctionalInterface
public interface Transform {
    KubernetesObject apply(KubernetesObject object);

    /** This transform, then {@code next}. */
    default Transform andThen(Transform next) {
        return object -> next.apply(apply(object));
    }
}
