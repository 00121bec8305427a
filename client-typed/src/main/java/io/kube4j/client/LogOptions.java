package io.kube4j.client;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Options of a pod log read ({@code pods/log}): which container, from when, how much, and whether to follow.
 * Immutable; {@link #DEFAULT} reads the whole log of the pod's only container once.
 *
 * <pre>{@code
 * pods.logLines("web", LogOptions.builder().container("nginx").follow(true).tailLines(100).build())
 * }</pre>
 */
public final class LogOptions {
    /** The current log of the pod's only container, not followed. */
    public static final LogOptions DEFAULT = builder().build();

    private final String container;
    private final boolean follow;
    private final boolean previous;
    private final boolean timestamps;
    private final Long tailLines;
    private final Long sinceSeconds;
    private final Instant sinceTime;
    private final Long limitBytes;
    private final String stream;

    private LogOptions(Builder b) {
        this.container = b.container;
        this.follow = b.follow;
        this.previous = b.previous;
        this.timestamps = b.timestamps;
        this.tailLines = b.tailLines;
        this.sinceSeconds = b.sinceSeconds;
        this.sinceTime = b.sinceTime;
        this.limitBytes = b.limitBytes;
        this.stream = b.stream;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The log of one container of the pod. */
    public static LogOptions container(String container) {
        return builder().container(container).build();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.container = container;
        b.follow = follow;
        b.previous = previous;
        b.timestamps = timestamps;
        b.tailLines = tailLines;
        b.sinceSeconds = sinceSeconds;
        b.sinceTime = sinceTime;
        b.limitBytes = limitBytes;
        b.stream = stream;
        return b;
    }

    /** The container, or null for the pod's only container. */
    public String container() {
        return container;
    }

    /** Whether the stream stays open for new lines until the container stops. */
    public boolean follow() {
        return follow;
    }

    /** Whether to read the log of the previous, terminated instance of the container. */
    public boolean previous() {
        return previous;
    }

    /** Whether each line starts with an RFC 3339 timestamp. */
    public boolean timestamps() {
        return timestamps;
    }

    /** The number of lines from the end to start at, or null for the whole log. */
    public Long tailLines() {
        return tailLines;
    }

    /** Only lines newer than this many seconds, or null. */
    public Long sinceSeconds() {
        return sinceSeconds;
    }

    /** Only lines from this instant on, or null. */
    public Instant sinceTime() {
        return sinceTime;
    }

    /** The most bytes to return (the last line may be cut), or null for no limit. */
    public Long limitBytes() {
        return limitBytes;
    }

    /** Which stream to read ({@code Stdout}, {@code Stderr}, {@code All}), or null for the server's default. */
    public String stream() {
        return stream;
    }

    /** The query parameters of {@code pods/log}, in a stable order; unset values are left out. */
    public Map<String, String> toQueryParams() {
        Map<String, String> q = new LinkedHashMap<>();
        put(q, "container", container);
        put(q, "follow", follow ? "true" : null);
        put(q, "previous", previous ? "true" : null);
        put(q, "timestamps", timestamps ? "true" : null);
        put(q, "tailLines", tailLines);
        put(q, "sinceSeconds", sinceSeconds);
        put(q, "sinceTime", sinceTime == null ? null : DateTimeFormatter.ISO_INSTANT.format(sinceTime));
        put(q, "limitBytes", limitBytes);
        put(q, "stream", stream);
        return Collections.unmodifiableMap(q);
    }

    private static void put(Map<String, String> q, String name, Object value) {
        if (value != null) {
            q.put(name, value.toString());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogOptions other && toQueryParams().equals(other.toQueryParams());
    }

    @Override
    public int hashCode() {
        return toQueryParams().hashCode();
    }

    @Override
    public String toString() {
        return "LogOptions" + toQueryParams();
    }

    /** Builds {@link LogOptions}; not thread-safe. */
    public static final class Builder {
        private String container;
        private boolean follow;
        private boolean previous;
        private boolean timestamps;
        private Long tailLines;
        private Long sinceSeconds;
        private Instant sinceTime;
        private Long limitBytes;
        private String stream;

        private Builder() {
        }

        /** The container to read; null or empty for the pod's only container. */
        public Builder container(String container) {
            this.container = container == null || container.isEmpty() ? null : container;
            return this;
        }

        public Builder follow(boolean follow) {
            this.follow = follow;
            return this;
        }

        public Builder previous(boolean previous) {
            this.previous = previous;
            return this;
        }

        public Builder timestamps(boolean timestamps) {
            this.timestamps = timestamps;
            return this;
        }

        /** Lines from the end to start at; must be at least 0. */
        public Builder tailLines(long tailLines) {
            this.tailLines = atLeast(tailLines, 0, "tailLines");
            return this;
        }

        /** Only lines newer than this; at least 1. Replaces {@link #sinceTime}. */
        public Builder sinceSeconds(long sinceSeconds) {
            this.sinceSeconds = atLeast(sinceSeconds, 1, "sinceSeconds");
            this.sinceTime = null;
            return this;
        }

        /** Only lines from this instant on (sent with second precision). Replaces {@link #sinceSeconds}. */
        public Builder sinceTime(Instant sinceTime) {
            this.sinceTime = Objects.requireNonNull(sinceTime, "sinceTime").truncatedTo(
                    java.time.temporal.ChronoUnit.SECONDS);
            this.sinceSeconds = null;
            return this;
        }

        /** The most bytes to return; at least 1. */
        public Builder limitBytes(long limitBytes) {
            this.limitBytes = atLeast(limitBytes, 1, "limitBytes");
            return this;
        }

        /** {@code Stdout}, {@code Stderr} or {@code All} (needs a server with pod log stream selection). */
        public Builder stream(String stream) {
            if (stream != null && !stream.equals("Stdout") && !stream.equals("Stderr") && !stream.equals("All")) {
                throw new IllegalArgumentException("stream must be Stdout, Stderr or All, got " + stream);
            }
            this.stream = stream;
            return this;
        }

        public LogOptions build() {
            return new LogOptions(this);
        }

        private static long atLeast(long value, long min, String name) {
            if (value < min) {
                throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
            }
            return value;
        }
    }
}
