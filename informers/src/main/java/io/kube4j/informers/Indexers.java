package io.kube4j.informers;

import io.kube4j.api.KubernetesObject;
import io.kube4j.api.meta.v1.ObjectMeta;
import java.util.List;
import java.util.function.Function;

/** Ready-made {@link IndexFunction}s. */
public final class Indexers {
    /** The name of the namespace index that every informer has (client-go's {@code NamespaceIndex}). */
    public static final String NAMESPACE = "namespace";

    private Indexers() {
    }

    /** Indexes an object by its namespace (cluster-scoped objects are not indexed). */
    public static <T extends KubernetesObject> IndexFunction<T> byNamespace() {
        return object -> {
            ObjectMeta meta = object.metadata();
            String ns = meta == null ? null : meta.namespace();
            return ns == null || ns.isEmpty() ? List.of() : List.of(ns);
        };
    }

    /** Indexes an object by the value of one label (objects without the label are not indexed). */
    public static <T extends KubernetesObject> IndexFunction<T> byLabel(String label) {
        return object -> {
            ObjectMeta meta = object.metadata();
            String value = meta == null ? null : meta.labels().get(label);
            return value == null ? List.of() : List.of(value);
        };
    }

    /** Indexes an object by a single value computed from it; a null value leaves it out. */
    public static <T> IndexFunction<T> by(Function<? super T, String> value) {
        return object -> {
            String v = value.apply(object);
            return v == null ? List.of() : List.of(v);
        };
    }
}
