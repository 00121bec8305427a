package io.kube4j.dynamic.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.kube4j.api.codec.CodecException;
import io.kube4j.api.codec.JsonValues;
import io.kube4j.api.codec.ValueCodec;
import io.kube4j.api.internal.Frozen;
import io.kube4j.client.Json;
import io.kube4j.client.SerializationException;
import io.kube4j.dynamic.Unstructured;
import io.kube4j.dynamic.UnstructuredList;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * Conversions between frozen JSON values and Java objects through Jackson's token buffers: a value is
 * written as tokens and bound straight from them, with no JSON text in between. Failures name the JSON path.
 */
public final class JsonTrees {
    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return Json.mapper().readerFor(type);
        }
    };

    private JsonTrees() {
    }

    /**
     * A deeply frozen JSON value. JSON types (String, Number, Boolean, Map, List, null) are frozen as
     * {@link Frozen#value} does (returned as is when already frozen); an {@code Unstructured} gives its map;
     * any other object (a typed model, a {@code Quantity}, an {@code Instant}) is converted by kube4j's mapper.
     */
    public static Object freeze(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number) {
            return ExactJson.number((Number) value);
        }
        if (value instanceof Unstructured) {
            return ((Unstructured) value).object();
        }
        if (value instanceof UnstructuredList) {
            return ((UnstructuredList) value).toMap();
        }
        if (value instanceof Map) {
            return Frozen.freezeMap((Map<?, ?>) value, JsonTrees::freeze);
        }
        if (value instanceof Collection) {
            return Frozen.freezeCollection((Collection<?>) value, JsonTrees::freeze);
        }
        return fromObject(value);
    }

    /** Any object as a frozen JSON value, through kube4j's mapper (generated codecs where they exist). */
    public static Object fromObject(Object value) {
        TokenBuffer tokens = new TokenBuffer(Json.mapper(), false);
        try {
            Json.mapper().writeValue(tokens, value);
            try (JsonParser p = tokens.asParser(Json.mapper())) {
                p.nextToken();
                // ExactJson also normalises what a token buffer keeps as Java types (a small Long, a Double 2.0),
                // so converted and decoded values are equal.
                return ExactJson.read(p);
            }
        } catch (IOException e) {
            throw new SerializationException("cannot convert " + value.getClass().getSimpleName() + " to JSON: "
                    + detail(e), pathOf(e), null, e);
        }
    }

    /** The frozen JSON value as a parser positioned before its first token. */
    public static JsonParser parser(Object frozen) {
        TokenBuffer tokens = new TokenBuffer(Json.mapper(), false);
        try {
            JsonValues.write(frozen, tokens);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a token buffer cannot fail", e);
        }
        return tokens.asParser(Json.mapper());
    }

    /**
     * Binds a frozen value to {@code type} with kube4j's mapper.
     *
     * @param what describes the value for the message, e.g. {@code "v1 Pod web"}
     * @throws SerializationException naming the JSON path of the first mismatch
     */
    public static <T> T bind(Object frozen, Class<T> type, String what) {
        try (JsonParser p = parser(frozen)) {
            p.nextToken();
            return READERS.get(type).readValue(p);
        } catch (IOException e) {
            throw failure(what, type.getSimpleName(), e);
        }
    }

    /**
     * Reads the frozen value of field {@code field} with a generated codec, so that paths in errors start with
     * the field's name ({@code $.metadata.labels}).
     */
    public static <T> T readField(String field, Object frozen, ValueCodec<T> codec, String what, String typeName) {
        TokenBuffer tokens = new TokenBuffer(Json.mapper(), false);
        try {
            tokens.writeStartObject();
            tokens.writeFieldName(field);
            JsonValues.write(frozen, tokens);
            tokens.writeEndObject();
            try (JsonParser p = tokens.asParser(Json.mapper())) {
                p.nextToken();
                p.nextToken();
                p.nextToken();
                return codec.read(p);
            }
        } catch (IOException e) {
            throw failure(what, typeName, e);
        }
    }

    private static SerializationException failure(String what, String typeName, IOException e) {
        String path = pathOf(e);
        return new SerializationException("cannot convert " + what + " to " + typeName
                + (path.isEmpty() ? "" : " at " + path) + ": " + detail(e), path, null, e);
    }

    private static String detail(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CodecException) {
                return ((CodecException) t).problem();
            }
        }
        String msg = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage()
                : e.getMessage();
        if (msg == null) {
            return e.getClass().getSimpleName();
        }
        int nl = msg.indexOf('\n');
        msg = nl >= 0 ? msg.substring(0, nl) : msg;
        return msg.length() > 200 ? msg.substring(0, 200) + "..." : msg;
    }

    /** The JSON path of a Jackson failure, from a codec's exception or databind's reference chain. */
    public static String pathOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CodecException) {
                return ((CodecException) t).path();
            }
        }
        if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
            StringBuilder out = new StringBuilder("$");
            for (JsonMappingException.Reference r : ((JsonMappingException) e).getPath()) {
                if (r.getFieldName() != null) {
                    NestedPaths.appendField(out, r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    out.append('[').append(r.getIndex()).append(']');
                }
            }
            return out.toString();
        }
        return "";
    }
}
