package io.kube4j.api.codec;

/**
 * The streaming JSON codec of a generated model. For a model {@code <package>.<Name>} the generator writes
 * {@code <package>.codec.<Name>Codec} with a {@code public static final INSTANCE}; kube4j's mapper
 * ({@code io.kube4j.client.Json}) finds codecs by that naming convention.
 *
 * @param <T> the model type
 */
public interface ObjectCodec<T> extends ValueCodec<T> {
    /** The model class this codec reads and writes. */
    Class<T> type();
}
