package io.kube4j.api.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.kube4j.api.internal.Frozen;
import io.kube4j.api.internal.FrozenList;
import io.kube4j.api.internal.FrozenMap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes free-form JSON (unknown fields, {@code RawExtension}, {@code JSON}) as frozen values:
 * {@code Map<String,Object>} (insertion ordered), {@code List<Object>}, {@code String}, {@code Boolean},
 * {@code null}, and exact numbers: integers as {@code Integer}, {@code Long} or {@code BigInteger} (the
 * smallest that fits, as Jackson's untyped binding does), other numbers as {@code Double}.
 */
public final class JsonValues {
    /** Codec for a free-form value. */
    public static final ValueCodec<Object> CODEC = new ValueCodec<>() {
        @Override
        public Object read(JsonParser p) throws IOException {
            return JsonValues.read(p);
        }

        @Override
        public void write(Object value, JsonGenerator g) throws IOException {
            JsonValues.write(value, g);
        }
    };

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonValues() {
    }

    /** Reads the value starting at the current token as a frozen value. */
    public static Object read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw CodecException.expected(p, "a JSON value");
        }
        switch (t) {
            case START_OBJECT:
            case FIELD_NAME:
                return readObject(p);
            case START_ARRAY:
                return readArray(p);
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return readInteger(p);
            case VALUE_NUMBER_FLOAT:
                double d = p.getDoubleValue();
                return Double.isInfinite(d) ? p.getDecimalValue() : (Object) d;
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case VALUE_EMBEDDED_OBJECT:
                return embedded(p);
            default:
                throw CodecException.expected(p, "a JSON value");
        }
    }

    private static Object readInteger(JsonParser p) throws IOException {
        switch (p.getNumberType()) {
            case INT:
                return p.getIntValue();
            case LONG:
                return p.getLongValue();
            default:
                return Frozen.number(p.getBigIntegerValue());
        }
    }

    private static Map<String, Object> readObject(JsonParser p) throws IOException {
        Scratch scratch = Scratch.get();
        int base = scratch.top();
        try {
            for (String name = Codecs.firstField(p); name != null; name = p.nextFieldName()) {
                p.nextToken();
                scratch.push(name);
                scratch.push(read(p));
            }
            Codecs.endObject(p);
            int n = scratch.top() - base;
            return n == 0 ? FrozenMap.empty() : FrozenMap.adopt(scratch.pop(base), n / 2);
        } finally {
            scratch.release(base);
        }
    }

    private static List<Object> readArray(JsonParser p) throws IOException {
        Scratch scratch = Scratch.get();
        int base = scratch.top();
        try {
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw CodecException.expected(p, "',' or ']'");
                }
                scratch.push(read(p));
            }
            int n = scratch.top() - base;
            return n == 0 ? FrozenList.empty() : FrozenList.adopt(scratch.pop(base), n);
        } finally {
            scratch.release(base);
        }
    }

    private static Object embedded(JsonParser p) throws IOException {
        Object o = p.getEmbeddedObject();
        if (o instanceof byte[]) {
            return Base64.getEncoder().encodeToString((byte[]) o);
        }
        try {
            return Frozen.value(o);
        } catch (IllegalArgumentException e) {
            throw CodecException.invalid(p, "unsupported embedded value " + o.getClass().getName(), e);
        }
    }

    /**
     * Converts a model that has a codec (see {@link CodecRegistry}) into a frozen JSON value, so models can
     * be stored in free-form fields ({@code RawExtension}, {@code JSON}). {@code null} if there is no codec.
     */
    public static Object fromModel(Object model) {
        @SuppressWarnings("unchecked")
        ObjectCodec<Object> codec = (ObjectCodec<Object>) CodecRegistry.find(model.getClass());
        if (codec == null) {
            return null;
        }
        try {
            StringWriter text = new StringWriter();
            try (JsonGenerator g = FACTORY.createGenerator(text)) {
                codec.write(model, g);
            }
            try (JsonParser p = FACTORY.createParser(text.toString())) {
                p.nextToken();
                return read(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot convert " + model.getClass().getSimpleName() + " to JSON", e);
        }
    }

    /** Writes a JSON value as accepted by {@link Frozen#value}. */
    public static void write(Object v, JsonGenerator g) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String) {
            g.writeString((String) v);
        } else if (v instanceof Map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                g.writeFieldName((String) e.getKey());
                write(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (v instanceof List) {
            List<?> list = (List<?>) v;
            g.writeStartArray(list, list.size());
            for (Object e : list) {
                write(e, g);
            }
            g.writeEndArray();
        } else if (v instanceof Boolean) {
            g.writeBoolean((Boolean) v);
        } else if (v instanceof Integer) {
            g.writeNumber((Integer) v);
        } else if (v instanceof Long) {
            g.writeNumber((Long) v);
        } else if (v instanceof Double) {
            g.writeNumber((Double) v);
        } else if (v instanceof BigInteger) {
            g.writeNumber((BigInteger) v);
        } else if (v instanceof BigDecimal) {
            g.writeNumber((BigDecimal) v);
        } else if (v instanceof Number) {
            write(Frozen.number((Number) v), g);
        } else {
            write(Frozen.value(v), g); // a non-frozen collection; throws for non-JSON types
        }
    }
}
