package io.kube4j.client.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.kube4j.client.Json;
import java.io.IOException;
import java.io.OutputStream;

/** Writes request bodies as JSON straight into the transport's stream. */
public final class JsonBodies {
    private JsonBodies() {
    }

    /** Writes {@code value} as JSON without closing {@code out} (the transport owns it). */
    public static void write(Object value, OutputStream out) throws IOException {
        Holder.WRITER.writeValue(out, value);
    }

    // Resolved on first use so that the shared mapper is built only when a body is written.
    private static final class Holder {
        static final ObjectWriter WRITER = Json.mapper().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
}
