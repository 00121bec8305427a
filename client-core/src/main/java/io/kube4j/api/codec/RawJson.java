package io.kube4j.api.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import io.kube4j.api.internal.JsonText;
import java.io.IOException;

/**
 * Values kept as raw JSON text ({@code meta.v1.FieldsV1}, the bulk of {@code managedFields}): one compact
 * string is far smaller in an informer cache than nested maps. Tokens are appended straight to a
 * {@code StringBuilder} (a JsonGenerator per value would allocate kilobytes of buffers), escaped as Jackson
 * escapes, so the text equals what {@link JsonText#write} produces for the same value.
 */
public final class RawJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private RawJson() {
    }

    /**
     * Copies the value at the current token into compact JSON text, leaving the parser on its last token.
     * Objects and arrays from a {@link RawJsonSource} (kube4j's mapper reading bytes or a stream) are copied
     * from the input without tokenizing them.
     */
    public static String read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        String json = p instanceof RawJsonSource && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)
                ? ((RawJsonSource) p).readRawStructure() : readTokens(p);
        // the replicas of a workload share their controller's managedFields: keep one copy
        json = LongStringCache.dedupe(json);
        JsonText.markProduced(json);
        return json;
    }

    /** {@link #read} token by token: for parsers that are not a {@link RawJsonSource}, and to normalise. */
    static String readTokens(JsonParser p) throws IOException {
        StringBuilder out = Scratch.get().text();
        JsonToken t = p.currentToken();
        JsonToken prev = null;
        int depth = 0;
        while (true) {
            if (t == null) {
                throw CodecException.expected(p, "the rest of the JSON value");
            }
            boolean separate = prev != null && prev != JsonToken.START_OBJECT && prev != JsonToken.START_ARRAY
                    && prev != JsonToken.FIELD_NAME;
            if (separate && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                out.append(',');
            }
            switch (t) {
                case START_OBJECT: out.append('{'); depth++; break;
                case START_ARRAY: out.append('['); depth++; break;
                case END_OBJECT: out.append('}'); depth--; break;
                case END_ARRAY: out.append(']'); depth--; break;
                case FIELD_NAME:
                    String name = p.currentName();
                    out.append('"');
                    JsonText.appendEscaped(name, 0, name.length(), out);
                    out.append("\":");
                    break;
                case VALUE_STRING:
                    out.append('"');
                    JsonText.appendEscaped(p.getTextCharacters(), p.getTextOffset(),
                            p.getTextOffset() + p.getTextLength(), out);
                    out.append('"');
                    break;
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    out.append(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                    break;
                case VALUE_TRUE: out.append("true"); break;
                case VALUE_FALSE: out.append("false"); break;
                case VALUE_NULL: out.append("null"); break;
                default:
                    throw CodecException.expected(p, "a JSON value");
            }
            if (depth == 0) {
                String json = out.toString();
                JsonText.markProduced(json);
                return json;
            }
            prev = t;
            t = p.nextToken();
        }
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
