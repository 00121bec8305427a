package io.kube4j.client.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.kube4j.api.codec.ObjectCodec;
import java.io.IOException;

/** Adapts a generated codec to Jackson databind. */
final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient ObjectCodec<T> codec;

    CodecSerializer(ObjectCodec<T> codec) {
        super(codec.type());
        this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        codec.write(value, g);
    }
}
