package io.kube4j.client.internal.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.kube4j.api.codec.Times;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes {@link Instant} for classes without a generated codec. The two Kubernetes patterns of
 * {@code @JsonFormat} (Time: {@code yyyy-MM-dd'T'HH:mm:ss'Z'}, MicroTime: {@code ...ss.SSSSSS'Z'}) use
 * Kubernetes' formats; another pattern is honoured with its time zone (UTC by default); no pattern writes
 * RFC 3339 with as many fraction digits as needed ({@link Instant#toString()}).
 */
final class InstantSerializer extends StdSerializer<Instant> implements ContextualSerializer {
    static final String TIME_PATTERN = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    static final String MICRO_TIME_PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'";
    private static final long serialVersionUID = 1L;

    static final InstantSerializer DEFAULT = new InstantSerializer(null);

    private final transient DateTimeFormatter custom;
    private final String pattern;

    private InstantSerializer(String pattern) {
        this(pattern, null);
    }

    private InstantSerializer(String pattern, DateTimeFormatter custom) {
        super(Instant.class);
        this.pattern = pattern;
        this.custom = custom;
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) {
        JsonFormat.Value format = findFormatOverrides(provider, property, Instant.class);
        if (format == null || !format.hasPattern()) {
            return this;
        }
        String p = format.getPattern();
        if (p.equals(TIME_PATTERN) || p.equals(MICRO_TIME_PATTERN)) {
            return new InstantSerializer(p);
        }
        DateTimeFormatter f = DateTimeFormatter.ofPattern(p)
                .withZone(format.hasTimeZone() ? format.getTimeZone().toZoneId() : ZoneOffset.UTC);
        return new InstantSerializer(p, f);
    }

    @Override
    public void serialize(Instant value, JsonGenerator g, SerializerProvider provider) throws IOException {
        if (custom != null) {
            g.writeString(custom.format(value));
        } else if (TIME_PATTERN.equals(pattern)) {
            g.writeString(Times.formatTime(value));
        } else if (MICRO_TIME_PATTERN.equals(pattern)) {
            g.writeString(Times.formatMicroTime(value));
        } else {
            g.writeString(value.toString());
        }
    }
}
