package io.kube4j.api.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;

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

    /**
     * Reads a whole value like {@link #read}, but also turns jackson-core's own errors (malformed or
     * truncated input) into a {@link CodecException} carrying the JSON path. Entry points use this;
     * generated codecs call {@link #read} on each other. Other I/O errors (the stream failed) pass through.
     */
    default T decode(JsonParser p) throws IOException {
        try {
            if (p.currentToken() == null && p.nextToken() == null) {
                throw CodecException.expected(p, "a JSON value");
            }
            return read(p);
        } catch (CodecException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw CodecException.wrap(p, e);
        }
    }
}
