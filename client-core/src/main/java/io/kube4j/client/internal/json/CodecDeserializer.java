package io.kube4j.client.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.kube4j.api.codec.ObjectCodec;
import java.io.IOException;

/** Adapts a generated codec to Jackson databind; parse errors become {@link CodecException}s with the path. */
final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient ObjectCodec<T> codec;

    CodecDeserializer(ObjectCodec<T> codec) {
        super(codec.type());
        this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return codec.decode(p);
    }

    @Override
    public boolean isCachable() {
        return true;
    }
}
