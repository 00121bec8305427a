package io.kube4j.api.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.kube4j.api.internal.BytesMap;
import io.kube4j.api.internal.FrozenList;
import io.kube4j.api.internal.FrozenMap;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Arrays, maps and unknown fields for generated codecs. Collections are read straight into the frozen,
 * array-backed types models hold, so decoding copies nothing twice; JSON {@code null} reads as empty.
 */
public final class JsonCollections {
    private JsonCollections() {
    }

    /** Codec for a JSON array of {@code element}. */
    public static <T> ValueCodec<List<T>> listOf(ValueCodec<T> element) {
        return new ValueCodec<>() {
            @Override
            public List<T> read(JsonParser p) throws IOException {
                return readList(p, element);
            }

            @Override
            public void write(List<T> value, JsonGenerator g) throws IOException {
                writeList(value, element, g);
            }
        };
    }

    /** Codec for a JSON object with values of {@code value}. */
    public static <T> ValueCodec<Map<String, T>> mapOf(ValueCodec<T> value) {
        return new ValueCodec<>() {
            @Override
            public Map<String, T> read(JsonParser p) throws IOException {
                return readMap(p, value);
            }

            @Override
            public void write(Map<String, T> map, JsonGenerator g) throws IOException {
                writeMap(map, value, g);
            }
        };
    }

    /** Reads an array; {@code null} gives the empty list. */
    public static <T> List<T> readList(JsonParser p, ValueCodec<T> element) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_ARRAY) {
            if (t == JsonToken.VALUE_NULL) {
                return FrozenList.empty();
            }
            throw CodecException.expected(p, "an array");
        }
        Scratch scratch = Scratch.get();
        int base = scratch.top();
        try {
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw CodecException.expected(p, "',' or ']'");
                }
                scratch.push(element.read(p));
            }
            int n = scratch.top() - base;
            return n == 0 ? FrozenList.empty() : FrozenList.adopt(scratch.pop(base), n);
        } finally {
            scratch.release(base);
        }
    }

    /** Reads an object as a map; {@code null} gives the empty map. */
    public static <T> Map<String, T> readMap(JsonParser p, ValueCodec<T> value) throws IOException {
        Object[] kv = readEntries(p, value);
        return kv == null ? FrozenMap.empty() : FrozenMap.adopt(kv, kv.length / 2);
    }

    /** Reads an object of base64 values (Secret {@code data}); {@code null} gives the empty map. */
    public static Map<String, byte[]> readBytesMap(JsonParser p) throws IOException {
        Object[] kv = readEntries(p, Codecs.BYTES);
        return kv == null ? BytesMap.empty() : BytesMap.adopt(kv, kv.length / 2);
    }

    /** Entries as an exactly sized k0, v0, k1, v1, ... array; {@code null} for JSON null or {}. */
    private static Object[] readEntries(JsonParser p, ValueCodec<?> value) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        Scratch scratch = Scratch.get();
        int base = scratch.top();
        try {
            for (String name = Codecs.firstField(p); name != null; name = p.nextFieldName()) {
                p.nextToken();
                scratch.push(name);
                scratch.push(value.read(p));
            }
            Codecs.endObject(p);
            return scratch.top() == base ? null : scratch.pop(base);
        } finally {
            scratch.release(base);
        }
    }

    public static <T> void writeList(List<T> list, ValueCodec<T> element, JsonGenerator g) throws IOException {
        int n = list.size();
        g.writeStartArray(list, n);
        for (int i = 0; i < n; i++) {
            element.write(list.get(i), g);
        }
        g.writeEndArray();
    }

    public static <T> void writeMap(Map<String, T> map, ValueCodec<T> value, JsonGenerator g) throws IOException {
        g.writeStartObject(map);
        for (Map.Entry<String, T> e : map.entrySet()) {
            g.writeFieldName(e.getKey());
            value.write(e.getValue(), g);
        }
        g.writeEndObject();
    }

    public static void writeBytesMap(Map<String, byte[]> map, JsonGenerator g) throws IOException {
        writeMap(map, Codecs.BYTES, g);
    }

    /** Writes unknown fields after the known ones. */
    public static void writeExtras(Map<String, Object> extras, JsonGenerator g) throws IOException {
        if (extras.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Object> e : extras.entrySet()) {
            g.writeFieldName(e.getKey());
            JsonValues.write(e.getValue(), g);
        }
    }
}
