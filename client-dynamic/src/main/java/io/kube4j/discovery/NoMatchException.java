package io.kube4j.discovery;

import io.kube4j.client.KubeException;

/**
 * The server serves no resource matching a kind or resource name, even after discovery was refreshed
 * (client-go's {@code NoKindMatchError} / {@code NoResourceMatchError}).
 */
public class NoMatchException extends KubeException {
    private static final long serialVersionUID = 1L;

    private final String query;

    public NoMatchException(String query, String message) {
        super(message);
        this.query = query;
    }

    /** What was looked up, e.g. {@code stable.example.com/v1, Kind=CronTab} or {@code crontabs}. */
    public String query() {
        return query;
    }
}
