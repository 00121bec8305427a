package io.kube4j.dynamic.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.kube4j.api.codec.ObjectCodec;
import io.kube4j.dynamic.UnstructuredList;
import java.io.IOException;

/** Streaming JSON codec for {@link UnstructuredList}, found by kube4j's mapper by naming convention. */
public final class UnstructuredListCodec implements ObjectCodec<UnstructuredList> {
    /** The codec. */
    public static final UnstructuredListCodec INSTANCE = new UnstructuredListCodec();

    private UnstructuredListCodec() {
    }

    @Override
    public Class<UnstructuredList> type() {
        return UnstructuredList.class;
    }

    @Override
    public UnstructuredList read(JsonParser p) throws IOException {
        return UnstructuredList.read(p);
    }

    @Override
    public void write(UnstructuredList value, JsonGenerator g) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            value.write(g);
        }
    }
}
