package io.kube4j.informers;

import io.kube4j.api.KubernetesObject;
import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.informers.internal.MetadataRewriter;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Ready-made {@link Transform}s. */
public final class Transforms {
    private static final Transform IDENTITY = object -> object;
    private static final Transform STRIP_MANAGED_FIELDS = Transforms::stripManagedFields;

    private Transforms() {
    }

    /** Leaves objects as they are. */
    public static Transform identity() {
        return IDENTITY;
    }

    /**
     * Drops {@code metadata.managedFields}, which servers fill on every object and programs rarely read
     * (often the largest part of small objects). Works for every model with a {@code toBuilder()} whose
     * builder has {@code metadata(ObjectMeta)}, which covers generated and CRD models.
     */
    public static Transform stripManagedFields() {
        return STRIP_MANAGED_FIELDS;
    }

    /** A transform for objects of {@code type}; objects of other types pass unchanged. */
    public static <T extends KubernetesObject> Transform of(Class<T> type, UnaryOperator<T> transform) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(transform, "transform");
        return object -> type.isInstance(object) ? transform.apply(type.cast(object)) : object;
    }

    private static KubernetesObject stripManagedFields(KubernetesObject object) {
        ObjectMeta meta = object.metadata();
        if (meta == null || meta.managedFields().isEmpty()) {
            return object;
        }
        return MetadataRewriter.withMetadata(object, meta.toBuilder().managedFields(null).build());
    }
}
