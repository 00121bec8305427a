package io.kube4j.api.codec;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Finds the generated codec of a model by naming convention: {@code <package>.codec.<SimpleName>Codec}
 * with a {@code public static final INSTANCE} whose {@link ObjectCodec#type()} is the model class.
 * Results (including misses) are cached per class.
 */
public final class CodecRegistry {
    private static final ClassValue<Optional<ObjectCodec<?>>> CODECS = new ClassValue<>() {
        @Override
        protected Optional<ObjectCodec<?>> computeValue(Class<?> type) {
            return Optional.ofNullable(locate(type));
        }
    };

    private CodecRegistry() {
    }

    /** The codec for {@code type}, or {@code null} if it has none. */
    @SuppressWarnings("unchecked")
    public static <T> ObjectCodec<T> find(Class<T> type) {
        return (ObjectCodec<T>) CODECS.get(type).orElse(null);
    }

    private static ObjectCodec<?> locate(Class<?> type) {
        if (type.isPrimitive() || type.isArray() || type.isInterface() || type.getClassLoader() == null
                || type.getEnclosingClass() != null || type.getPackageName().isEmpty()
                || type.getPackageName().startsWith("com.fasterxml.")) {
            return null;
        }
        String name = type.getPackageName() + ".codec." + type.getSimpleName() + "Codec";
        try {
            Class<?> codecClass = Class.forName(name, true, type.getClassLoader());
            Field field = codecClass.getField("INSTANCE");
            if (!Modifier.isStatic(field.getModifiers())) {
                return null;
            }
            Object instance = field.get(null);
            if (instance instanceof ObjectCodec && ((ObjectCodec<?>) instance).type() == type) {
                return (ObjectCodec<?>) instance;
            }
            return null;
        } catch (ClassNotFoundException | NoSuchFieldException | IllegalAccessException | LinkageError e) {
            return null;
        }
    }
}
