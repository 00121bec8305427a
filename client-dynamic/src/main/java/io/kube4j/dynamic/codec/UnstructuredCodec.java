package io.kube4j.dynamic.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.kube4j.api.codec.ObjectCodec;
import io.kube4j.dynamic.Unstructured;
import java.io.IOException;

/** Streaming JSON codec for {@link Unstructured}, found by kube4j's mapper by naming convention. */
public final class UnstructuredCodec implements ObjectCodec<Unstructured> {
    /** The codec. */
    public static final UnstructuredCodec INSTANCE = new UnstructuredCodec();

    private UnstructuredCodec() {
    }

    @Override
    public Class<Unstructured> type() {
        return Unstructured.class;
    }

    @Override
    public Unstructured read(JsonParser p) throws IOException {
        return Unstructured.read(p);
    }

    @Override
    public void write(Unstructured value, JsonGenerator g) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            value.write(g);
        }
    }
}
