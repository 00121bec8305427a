package io.kube4j.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * The two floors every benchmark is compared with, on the same bytes: Jackson's {@code readTree} (what a
 * generic client pays at least to get at the data) and a bare {@link JsonParser} token loop (the cost of
 * tokenizing alone; no client can decode faster). Plain Jackson, default settings, no kube4j code.
 */
public final class Floors {
    /** A default mapper, as a user of plain Jackson would have. */
    public static final ObjectMapper MAPPER = new ObjectMapper();
    public static final JsonFactory FACTORY = MAPPER.getFactory();

    private Floors() {
    }

    public static JsonNode readTree(byte[] json) throws IOException {
        return MAPPER.readTree(json);
    }

    /** Tokenizes the whole input; returns the token count (consumed by the caller, so nothing is elided). */
    public static long tokenLoop(byte[] json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            return countTokens(p);
        }
    }

    public static long tokenLoop(InputStream json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            return countTokens(p);
        }
    }

    private static long countTokens(JsonParser p) throws IOException {
        long n = 0;
        while (p.nextToken() != null) {
            n++;
        }
        return n;
    }

    /**
     * Reads a stream of concatenated JSON values (a watch body) with {@code readTree} per value, as a
     * generic client's watch loop does; returns the number of values.
     */
    public static long readTreeLoop(InputStream json) throws IOException {
        long n = 0;
        try (JsonParser p = FACTORY.createParser(json)) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonNode event = MAPPER.readTree(p);
                if (event.get("object") == null) {
                    throw new IOException("an event without an object");
                }
                n++;
            }
        }
        return n;
    }
}
