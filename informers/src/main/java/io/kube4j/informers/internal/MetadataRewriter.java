package io.kube4j.informers.internal;

import io.kube4j.api.KubernetesObject;
import io.kube4j.api.meta.v1.ObjectMeta;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

/**
 * Replaces the metadata of any immutable model through its {@code toBuilder().metadata(ObjectMeta).build()}
 * (found once per class), so generic transforms work for generated, CRD and dynamic models alike.
 */
public final class MetadataRewriter {
    private static final ClassValue<MethodHandle> REWRITERS = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            return find(type);
        }
    };

    private MetadataRewriter() {
    }

    /** A copy of {@code object} with {@code metadata}. */
    @SuppressWarnings("unchecked")
    public static <T extends KubernetesObject> T withMetadata(T object, ObjectMeta metadata) {
        MethodHandle h = REWRITERS.get(object.getClass());
        if (h == null) {
            throw new IllegalArgumentException("cannot rewrite the metadata of " + object.getClass().getName()
                    + ": it has no toBuilder() whose builder has metadata(ObjectMeta) and build()");
        }
        try {
            return (T) h.invoke(object, metadata);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("rewriting the metadata of " + object.getClass().getName() + " failed", e);
        }
    }

    /** (object, metadata) -> object.toBuilder().metadata(metadata).build(), or null when the model lacks one. */
    private static MethodHandle find(Class<?> type) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Method toBuilder = type.getMethod("toBuilder");
            Class<?> builder = toBuilder.getReturnType();
            Method setMeta = builder.getMethod("metadata", ObjectMeta.class);
            Method build = builder.getMethod("build");
            MethodHandle tb = lookup.unreflect(toBuilder);   // (T) -> B
            MethodHandle sm = lookup.unreflect(setMeta);     // (B, ObjectMeta) -> B
            MethodHandle b = lookup.unreflect(build);        // (B) -> R
            MethodHandle setThenBuild = MethodHandles.filterReturnValue(sm, b); // (B, ObjectMeta) -> R
            MethodHandle all = MethodHandles.filterArguments(setThenBuild, 0, tb); // (T, ObjectMeta) -> R
            return all.asType(MethodType.methodType(Object.class, Object.class, ObjectMeta.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }
}
