package io.kube4j.api.codec;

import java.io.IOException;

/**
 * A parser that can hand over a whole object or array as compact JSON text without tokenizing it (see
 * {@link CapturingJsonFactory}); {@link RawJson} uses it for {@code FieldsV1}.
 */
public interface RawJsonSource {
    /**
     * With the parser on {@code START_OBJECT} or {@code START_ARRAY}: the whole value as compact JSON text
     * (as {@link RawJson} writes it), leaving the parser on the matching end token.
     *
     * @throws CodecException if the value is not well-formed JSON
     */
    String readRawStructure() throws IOException;
}
