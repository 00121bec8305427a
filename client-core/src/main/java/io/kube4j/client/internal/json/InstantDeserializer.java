package io.kube4j.client.internal.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.kube4j.api.codec.CodecException;
import io.kube4j.api.codec.Times;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Reads {@link Instant} for classes without a generated codec: any RFC 3339 timestamp (which covers both
 * Kubernetes patterns); a different {@code @JsonFormat} pattern is tried when RFC 3339 parsing fails.
 */
final class InstantDeserializer extends StdScalarDeserializer<Instant> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;

    static final InstantDeserializer DEFAULT = new InstantDeserializer(null);

    private final transient DateTimeFormatter custom;

    private InstantDeserializer(DateTimeFormatter custom) {
        super(Instant.class);
        this.custom = custom;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        JsonFormat.Value format = findFormatOverrides(ctxt, property, Instant.class);
        if (format == null || !format.hasPattern()
                || format.getPattern().equals(InstantSerializer.TIME_PATTERN)
                || format.getPattern().equals(InstantSerializer.MICRO_TIME_PATTERN)) {
            return this;
        }
        return new InstantDeserializer(DateTimeFormatter.ofPattern(format.getPattern())
                .withZone(format.hasTimeZone() ? format.getTimeZone().toZoneId() : ZoneOffset.UTC));
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_EMBEDDED_OBJECT && p.getEmbeddedObject() instanceof Instant) {
            return (Instant) p.getEmbeddedObject();
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw CodecException.expected(p, "an RFC 3339 timestamp string");
        }
        String text = p.getText();
        try {
            return Times.parse(text);
        } catch (DateTimeException e) {
            if (custom != null) {
                try {
                    return Instant.from(custom.parse(text));
                } catch (DateTimeException ignored) {
                    // report the RFC 3339 problem below
                }
            }
            throw CodecException.invalid(p, "expected an RFC 3339 timestamp (" + e.getMessage() + ")", null);
        }
    }
}
