package io.kube4j.informers;

import io.kube4j.api.KubernetesObject;
import io.kube4j.api.meta.v1.ObjectMeta;
import java.util.Objects;

/**
 * The cache key of an object: its namespace (null for cluster-scoped objects) and name. Its string form is
 * client-go's {@code namespace/name} (just {@code name} without a namespace), which is how stores key
 * objects ({@link Store#getByKey}) and what controllers usually queue.
 *
 * @param namespace the namespace, or null for a cluster-scoped object
 * @param name the name; never empty
 */
public record ObjectKey(String namespace, String name) {
    public ObjectKey {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an object key needs a name");
        }
        if (namespace != null && namespace.isEmpty()) {
            namespace = null;
        }
    }

    /** The key of a cluster-scoped object, or of a namespaced one when {@code namespace} is non-null. */
    public static ObjectKey of(String namespace, String name) {
        return new ObjectKey(namespace, name);
    }

    /** The key of an object, from its metadata. */
    public static ObjectKey of(KubernetesObject object) {
        Objects.requireNonNull(object, "object");
        ObjectMeta meta = object.metadata();
        if (meta == null || meta.name() == null || meta.name().isEmpty()) {
            throw new IllegalArgumentException("the object has no metadata.name: " + describe(object));
        }
        return new ObjectKey(meta.namespace(), meta.name());
    }

    /** The {@code namespace/name} string of an object (client-go's {@code MetaNamespaceKeyFunc}). */
    public static String keyOf(KubernetesObject object) {
        return of(object).toString();
    }

    /**
     * Parses {@code namespace/name} or {@code name}.
     *
     * @throws IllegalArgumentException for an empty key, more than one {@code /}, or an empty part
     */
    public static ObjectKey parse(String key) {
        Objects.requireNonNull(key, "key");
        int slash = key.indexOf('/');
        if (slash < 0) {
            return new ObjectKey(null, key);
        }
        if (slash == 0 || slash == key.length() - 1 || key.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("not a namespace/name key: \"" + key + "\"");
        }
        return new ObjectKey(key.substring(0, slash), key.substring(slash + 1));
    }

    /** {@code namespace/name}, or {@code name} for a cluster-scoped object. */
    @Override
    public String toString() {
        return namespace == null ? name : namespace + "/" + name;
    }

    private static String describe(KubernetesObject object) {
        return object.kind() == null ? object.getClass().getSimpleName() : object.kind();
    }
}
