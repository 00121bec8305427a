package io.kube4j.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.kube4j.api.codec.CapturingJsonFactory;
import io.kube4j.api.codec.CodecException;
import io.kube4j.client.internal.json.KubeJacksonModule;
import java.io.IOException;
import java.io.InputStream;

/**
 * kube4j's shared, configured Jackson mappers and shortcuts for them. Generated models are read and written
 * by their streaming codecs; unknown properties are tolerated (models keep them in {@code extras()}), null
 * properties are omitted, and {@code Instant} uses Kubernetes' formats. The mappers are thread-safe; do not
 * reconfigure them (use {@code mapper().copy()} for a variant).
 */
public final class Json {
    // Its parsers copy FieldsV1 (managedFields) values without tokenizing them (see CapturingJsonFactory).
    private static final ObjectMapper MAPPER = configure(JsonMapper.builder(new CapturingJsonFactory())).build();
    private static final ObjectMapper YAML = configure(YAMLMapper.builder(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build())).build();

    private Json() {
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        return builder
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION) // error messages must not quote bodies
                // NON_NULL for properties only: null map values stay (a merge patch deletes with them).
                .defaultPropertyInclusion(JsonInclude.Value.construct(
                        JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
                .addModule(new KubeJacksonModule());
    }

    /** The shared JSON mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The shared YAML mapper (no {@code ---} marker, minimal quoting). */
    public static ObjectMapper yamlMapper() {
        return YAML;
    }

    /** Decodes JSON. @throws SerializationException with the JSON path of the first problem */
    public static <T> T read(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw failure("JSON", type, e);
        }
    }

    /** Decodes JSON from a stream (which is closed). @throws SerializationException on bad input or I/O failure */
    public static <T> T read(InputStream json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw failure("JSON", type, e);
        }
    }

    /** Decodes JSON text. @throws SerializationException with the JSON path of the first problem */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw failure("JSON", type, e);
        }
    }

    /** Decodes one YAML document. @throws SerializationException with the path of the first problem */
    public static <T> T readYaml(String yaml, Class<T> type) {
        try {
            return YAML.readValue(yaml, type);
        } catch (IOException e) {
            throw failure("YAML", type, e);
        }
    }

    /** Decodes one YAML document. @throws SerializationException with the path of the first problem */
    public static <T> T readYaml(byte[] yaml, Class<T> type) {
        try {
            return YAML.readValue(yaml, type);
        } catch (IOException e) {
            throw failure("YAML", type, e);
        }
    }

    /** Decodes one YAML document from a stream (which is closed). */
    public static <T> T readYaml(InputStream yaml, Class<T> type) {
        try {
            return YAML.readValue(yaml, type);
        } catch (IOException e) {
            throw failure("YAML", type, e);
        }
    }

    /** Encodes as compact JSON text. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw failure(value, e);
        }
    }

    /** Encodes as compact UTF-8 JSON. */
    public static byte[] writeBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw failure(value, e);
        }
    }

    /** Encodes as a YAML document. */
    public static String toYaml(Object value) {
        try {
            return YAML.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw failure(value, e);
        }
    }

    private static SerializationException failure(String format, Class<?> type, IOException e) {
        if (!(e instanceof CodecException)
                && (e instanceof StreamReadException || e instanceof MismatchedInputException)
                && ((JsonProcessingException) e).getProcessor() instanceof JsonParser) {
            // Raised outside any codec (before the root value, or trailing content): add the path.
            e = CodecException.wrap((JsonParser) ((JsonProcessingException) e).getProcessor(),
                    (JsonProcessingException) e);
        }
        if (e instanceof JsonProcessingException) {
            return new SerializationException("cannot decode " + format + " as " + type.getSimpleName() + ": "
                    + ((JsonProcessingException) e).getMessage(), e);
        }
        return new SerializationException("cannot read " + format + " for " + type.getSimpleName()
                + ": I/O error: " + e.getMessage(), e);
    }

    private static SerializationException failure(Object value, JsonProcessingException e) {
        String type = value == null ? "null" : value.getClass().getSimpleName();
        return new SerializationException("cannot encode " + type + ": " + e.getOriginalMessage(), e);
    }
}
