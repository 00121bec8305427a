package io.kube4j.client.internal.watch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.kube4j.api.meta.v1.Status;
import io.kube4j.client.EventType;
import io.kube4j.client.Json;
import io.kube4j.client.WatchEvent;
import io.kube4j.client.internal.http.CapturingInputStream;
import io.kube4j.client.internal.http.JsonFailures;
import io.kube4j.client.internal.http.ResponseBodies;
import io.kube4j.client.internal.http.Snippets;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Decodes a watch body, a sequence of {@code {"type":...,"object":{...}}} values, with ONE parser for the
 * whole stream: each event's object is bound straight from the parser, with no per-event String, byte
 * copy or tree. If {@code object} precedes {@code type} (legal JSON, though the API server never does it)
 * the object is buffered as tokens until the type is known. Not thread-safe: one reader at a time.
 */
public final class WatchDecoder<T> implements Closeable {
    private final CapturingInputStream input;
    private JsonParser parser;
    private final ObjectReader objectReader;
    private final ObjectReader statusReader;
    private final String typeName;
    private final String context;

    public WatchDecoder(InputStream in, Class<T> type, String context) {
        this.input = new CapturingInputStream(in);
        this.objectReader = ResponseBodies.embeddedReader(type);
        this.statusReader = ResponseBodies.embeddedReader(Status.class);
        this.typeName = "watch event of " + type.getSimpleName();
        this.context = context;
    }

    /**
     * The next event, or null at a clean end of stream.
     *
     * @throws IOException on a transport failure, including a stream cut mid-event by the connection
     * @throws io.kube4j.client.SerializationException on input that is not a complete watch event
     */
    public WatchEvent<T> next() throws IOException {
        try {
            if (parser == null) {
                // created on first use: Jackson reads the first bytes to detect the encoding
                parser = Json.mapper().getFactory().createParser(input);
            }
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                throw JsonFailures.invalid(context, typeName, "expected a JSON object but found " + token, "");
            }
            return readEvent();
        } catch (JsonProcessingException e) {
            throw JsonFailures.reading(context, typeName, e, input);
        }
    }

    private WatchEvent<T> readEvent() throws IOException {
        EventType type = null;
        Object object = null;
        TokenBuffer pending = null;
        boolean sawObject = false;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("type".equals(field)) {
                type = eventType(value);
            } else if ("object".equals(field)) {
                sawObject = true;
                if (type != null) {
                    object = bind(type, parser);
                } else {
                    pending = new TokenBuffer(parser);
                    pending.copyCurrentStructure(parser);
                }
            } else {
                parser.skipChildren();
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw JsonFailures.invalid(context, typeName, "malformed event object at " + token, "");
        }
        if (type == null) {
            throw JsonFailures.invalid(context, typeName, "event without a \"type\"", "");
        }
        if (!sawObject) {
            throw JsonFailures.invalid(context, typeName, type + " event without an \"object\"", "");
        }
        if (pending != null) {
            try (JsonParser buffered = pending.asParser(parser.getCodec())) {
                buffered.nextToken();
                object = bind(type, buffered);
            }
        }
        if (object == null) {
            throw JsonFailures.invalid(context, typeName, type + " event with a null \"object\"", "");
        }
        if (type == EventType.ERROR) {
            return WatchEvent.error((Status) object);
        }
        @SuppressWarnings("unchecked")
        T typed = (T) object;
        return WatchEvent.of(type, typed);
    }

    private Object bind(EventType type, JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        try {
            return (type == EventType.ERROR ? statusReader : objectReader).readValue(p);
        } catch (JsonMappingException e) {
            e.prependPath(new JsonMappingException.Reference(null, "object"));
            throw e;
        }
    }

    private EventType eventType(JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw JsonFailures.invalid(context, typeName, "\"type\" is not a string but " + value, "$.type");
        }
        String text = parser.getText();
        for (EventType t : EventType.values()) {
            if (t.name().equals(text)) {
                return t;
            }
        }
        throw JsonFailures.invalid(context, typeName,
                "unknown event type \"" + Snippets.sanitize(text, 40) + "\"", "$.type");
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }
}
