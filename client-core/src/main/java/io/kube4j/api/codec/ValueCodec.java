package io.kube4j.api.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads and writes one JSON value with jackson-core's streaming API.
 *
 * @param <T> the Java type of the value
 */
public interface ValueCodec<T> {
    /**
     * Reads the value whose first token is the parser's current token, leaving the parser on its last token.
     * A JSON {@code null} gives {@code null}.
     *
     * @throws CodecException when the JSON does not match the type; the message carries the JSON path
     */
    T read(JsonParser p) throws IOException;

    /** Writes {@code value} ({@code null} writes a JSON {@code null}). */
    void write(T value, JsonGenerator g) throws IOException;
}
