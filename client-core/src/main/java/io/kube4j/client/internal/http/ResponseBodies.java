package io.kube4j.client.internal.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import io.kube4j.client.Json;
import io.kube4j.client.Request;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.MediaType;
import okhttp3.ResponseBody;

/**
 * Decodes 2xx bodies straight from the response stream, read ahead in batches ({@link BatchingInputStream}):
 * no intermediate String or whole-body byte[] for JSON.
 */
public final class ResponseBodies {
    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return Json.mapper().readerFor(type);
        }
    };
    private static final ClassValue<ObjectReader> EMBEDDED_READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return Json.mapper().readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        }
    };

    /** Readers of generic types (e.g. {@code GenericKubernetesList<Widget>}); few distinct keys per program. */
    private static final Map<JavaType, ObjectReader> GENERIC_READERS = new ConcurrentHashMap<>();

    private ResponseBodies() {
    }

    /** The shared reader for a whole document of a type (anything after the value is an error). */
    public static ObjectReader reader(Class<?> type) {
        return READERS.get(type);
    }

    /** The shared reader for a value embedded in a longer stream (e.g. a watch event's object). */
    public static ObjectReader embeddedReader(Class<?> type) {
        return EMBEDDED_READERS.get(type);
    }

    /**
     * Decodes and closes {@code body}: Void gives null, String and byte[] the raw body, anything else JSON.
     *
     * @throws IOException when the stream fails (the caller maps it to a TransportException)
     * @throws io.kube4j.client.SerializationException when the body is not valid JSON for {@code type}
     */
    public static <T> T decode(Request request, ResponseBody body, Class<T> type) throws IOException {
        try (ResponseBody b = body) {
            if (type == Void.class || type == void.class) {
                return null;
            }
            if (type == String.class) {
                MediaType mt = b.contentType();
                return type.cast(new String(b.bytes(), mt == null || mt.charset() == null
                        ? StandardCharsets.UTF_8 : mt.charset()));
            }
            if (type == byte[].class) {
                return type.cast(b.bytes());
            }
            return decodeJson(request.describe(), b.byteStream(), type);
        }
    }

    /** Decodes and closes a JSON {@code body} of a generic type such as {@code GenericKubernetesList<Widget>}. */
    public static <T> T decode(Request request, ResponseBody body, JavaType type) throws IOException {
        try (ResponseBody b = body) {
            ObjectReader reader = GENERIC_READERS.computeIfAbsent(type, t -> Json.mapper().readerFor(t));
            return decodeJson(request.describe(), b.byteStream(), reader, type.getRawClass().getSimpleName());
        }
    }

    /** Decodes one JSON value of {@code type} from {@code stream}; an empty stream is an error. */
    public static <T> T decodeJson(String context, InputStream stream, Class<T> type) throws IOException {
        return decodeJson(context, stream, reader(type), type.getSimpleName());
    }

    private static <T> T decodeJson(String context, InputStream stream, ObjectReader reader, String typeName)
            throws IOException {
        CapturingInputStream in = new CapturingInputStream(new BatchingInputStream(stream));
        try (JsonParser parser = Json.mapper().getFactory().createParser(in)) {
            if (parser.nextToken() == null) {
                throw JsonFailures.invalid(context, typeName, "the response body is empty", "");
            }
            T value = reader.readValue(parser);
            if (value == null) {
                throw JsonFailures.invalid(context, typeName, "the response body is JSON null", "");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw JsonFailures.reading(context, typeName, e, in);
        }
    }
}
