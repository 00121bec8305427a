package io.kube4j.api.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.IOException;

/**
 * Values kept as raw JSON text ({@code meta.v1.FieldsV1}, the bulk of {@code managedFields}): one compact
 * string is far smaller in an informer cache than nested maps.
 */
public final class RawJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private RawJson() {
    }

    /** Copies the value at the current token into compact JSON text. */
    public static String read(JsonParser p) throws IOException {
        SegmentedStringWriter out = new SegmentedStringWriter(new BufferRecycler());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.copyCurrentStructure(p);
        }
        return out.getAndClear();
    }

    /** Writes JSON text as a value: raw when the generator writes plain JSON, token by token otherwise. */
    public static void write(String json, JsonGenerator g) throws IOException {
        if (g instanceof JsonGeneratorImpl && g.getPrettyPrinter() == null) {
            g.writeRawValue(json);
            return;
        }
        try (JsonParser p = FACTORY.createParser(json)) {
            p.nextToken();
            g.copyCurrentStructure(p);
        }
    }
}
