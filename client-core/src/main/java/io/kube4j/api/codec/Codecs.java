package io.kube4j.api.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.kube4j.api.intstr.IntOrString;
import io.kube4j.api.resource.Quantity;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/**
 * Scalar readers and writers and object-structure helpers for generated codecs. Readers take the parser on
 * the value's token, return {@code null} for JSON {@code null}, and throw {@link CodecException} (with the
 * JSON path) for a mismatch; they are as strict as Go's {@code encoding/json}: no string/number coercion.
 */
public final class Codecs {
    public static final ValueCodec<String> STRING = codec(Codecs::readString, (v, g) -> g.writeString(v));
    public static final ValueCodec<Integer> INT32 = codec(Codecs::readInt32, (v, g) -> g.writeNumber(v));
    public static final ValueCodec<Long> INT64 = codec(Codecs::readInt64, (v, g) -> g.writeNumber(v));
    public static final ValueCodec<Double> DOUBLE = codec(Codecs::readDouble, (v, g) -> g.writeNumber(v));
    public static final ValueCodec<Boolean> BOOLEAN = codec(Codecs::readBoolean, (v, g) -> g.writeBoolean(v));
    public static final ValueCodec<byte[]> BYTES = codec(Codecs::readBytes, Codecs::writeBytes);
    public static final ValueCodec<Instant> TIME = codec(Codecs::readTime, Codecs::writeTime);
    public static final ValueCodec<Instant> MICRO_TIME = codec(Codecs::readTime, Codecs::writeMicroTime);
    public static final ValueCodec<Quantity> QUANTITY = codec(Codecs::readQuantity, Codecs::writeQuantity);
    public static final ValueCodec<IntOrString> INT_OR_STRING = codec(Codecs::readIntOrString, Codecs::writeIntOrString);
    public static final ValueCodec<Object> ANY = JsonValues.CODEC;

    private Codecs() {
    }

    /** A reader, as a method reference. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(JsonParser p) throws IOException;
    }

    /** A writer of non-null values, as a method reference. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(T value, JsonGenerator g) throws IOException;
    }

    /** A codec from a reader and a writer of non-null values; {@code null} is written as JSON null. */
    public static <T> ValueCodec<T> codec(Reader<T> reader, Writer<T> writer) {
        return new ValueCodec<>() {
            @Override
            public T read(JsonParser p) throws IOException {
                return reader.read(p);
            }

            @Override
            public void write(T value, JsonGenerator g) throws IOException {
                if (value == null) {
                    g.writeNull();
                } else {
                    writer.write(value, g);
                }
            }
        };
    }

    /**
     * Enters an object: for {@code START_OBJECT} returns the first field name (or {@code null} if empty).
     * Also accepts a parser already inside the object ({@code FIELD_NAME}, {@code END_OBJECT}), as Jackson
     * hands over buffered objects. Loop with {@link JsonParser#nextFieldName()} and finish with {@link #endObject}.
     */
    public static String firstField(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            return p.nextFieldName();
        }
        if (t == JsonToken.FIELD_NAME) {
            return p.currentName();
        }
        if (t == JsonToken.END_OBJECT) {
            return null;
        }
        throw CodecException.expected(p, "an object");
    }

    /** Checks that the field loop stopped at the object's end rather than at the end of the input. */
    public static void endObject(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw CodecException.expected(p, "a field name or '}'");
        }
    }

    /** Reads a string; equal values are shared between objects (see {@code StringCache}, {@code LongStringCache}). */
    public static String readString(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            int len = p.getTextLength();
            if (len <= StringCache.MAX_LENGTH) {
                return StringCache.get(p.getTextCharacters(), p.getTextOffset(), len);
            }
            return LongStringCache.dedupe(p.getText());
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw CodecException.expected(p, "a string");
    }

    public static Integer readInt32(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.INT) {
                return p.getIntValue();
            }
            throw CodecException.expected(p, "a 32-bit integer");
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw CodecException.expected(p, "an integer");
    }

    public static Long readInt64(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType nt = p.getNumberType();
            if (nt == JsonParser.NumberType.INT || nt == JsonParser.NumberType.LONG) {
                return p.getLongValue();
            }
            throw CodecException.expected(p, "a 64-bit integer");
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw CodecException.expected(p, "an integer");
    }

    public static Double readDouble(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
            return p.getDoubleValue();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw CodecException.expected(p, "a number");
    }

    public static Boolean readBoolean(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw CodecException.expected(p, "a boolean");
    }

    /** Reads base64 (standard alphabet, padded; line breaks ignored as Go does). Never quotes the value. */
    public static byte[] readBytes(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getText();
            try {
                return Base64.getDecoder().decode(text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                        ? text.replace("\n", "").replace("\r", "") : text);
            } catch (IllegalArgumentException e) {
                throw CodecException.invalid(p, "expected base64 data but found an invalid string of length "
                        + text.length(), null);
            }
        }
        if (t == JsonToken.VALUE_EMBEDDED_OBJECT && p.getEmbeddedObject() instanceof byte[]) {
            return ((byte[]) p.getEmbeddedObject()).clone();
        }
        throw CodecException.expectedHidden(p, "a base64 string");
    }

    /** Reads {@code meta.v1.Time} or {@code MicroTime}: any RFC 3339 timestamp. */
    public static Instant readTime(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getText();
            try {
                return Times.parse(text);
            } catch (DateTimeException e) {
                throw CodecException.invalid(p, "expected an RFC 3339 timestamp but found " + snippet(text)
                        + " (" + e.getMessage() + ")", null);
            }
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_EMBEDDED_OBJECT && p.getEmbeddedObject() instanceof Instant) {
            return (Instant) p.getEmbeddedObject();
        }
        throw CodecException.expected(p, "an RFC 3339 timestamp string");
    }

    /** Reads a quantity from a string or, as Kubernetes allows, a bare number; equal spellings share one. */
    public static Quantity readQuantity(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            String text = t == JsonToken.VALUE_STRING ? readString(p) : p.getText();
            try {
                return QuantityCache.parse(text);
            } catch (RuntimeException e) {
                throw CodecException.invalid(p, "invalid quantity " + snippet(text)
                        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
            }
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw CodecException.expected(p, "a quantity string");
    }

    public static IntOrString readIntOrString(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return IntOrString.of(p.getText());
        }
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return IntOrString.of(p.getIntValue());
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw CodecException.expected(p, "a 32-bit integer or a string");
    }

    public static void writeBytes(byte[] value, JsonGenerator g) throws IOException {
        // Not g.writeBinary: YAML generators would emit a !!binary tag instead of a base64 string.
        g.writeString(Base64.getEncoder().encodeToString(value));
    }

    public static void writeTime(Instant value, JsonGenerator g) throws IOException {
        g.writeString(Times.formatTime(value));
    }

    public static void writeMicroTime(Instant value, JsonGenerator g) throws IOException {
        g.writeString(Times.formatMicroTime(value));
    }

    public static void writeQuantity(Quantity value, JsonGenerator g) throws IOException {
        g.writeString(value.toString());
    }

    public static void writeIntOrString(IntOrString value, JsonGenerator g) throws IOException {
        if (value.isInt()) {
            g.writeNumber(value.intValue());
        } else {
            g.writeString(value.strValue());
        }
    }

    static String snippet(String text) {
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
    }
}
