package io.kube4j.informers;

import java.util.List;

/**
 * Computes the values under which an object is indexed, e.g. its node name. Called on the informer's
 * reflector thread whenever the object changes, so it must be fast and side-effect free. Returning an
 * empty list (or null) leaves the object out of the index; an exception is logged and does the same.
 */
@FunctionalInterface
public interface IndexFunction<T> {
    List<String> values(T object);
}
