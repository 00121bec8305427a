package io.kube4j.client;

/**
 * JSON could not be read or written: a body that is not JSON, a truncated body, a value of the wrong
 * type. Says where ({@link #jsonPath()}) and shows a short {@link #snippet()} of the input near the
 * failure; the snippet is withheld when the path may hold secret material.
 */
public class SerializationException extends KubeException {
    private static final long serialVersionUID = 1L;

    private final String jsonPath;
    private final String snippet;

    public SerializationException(String message, Throwable cause) {
        this(message, null, null, cause);
    }

    public SerializationException(String message, String jsonPath, String snippet, Throwable cause) {
        super(message, cause);
        this.jsonPath = jsonPath == null ? "" : jsonPath;
        this.snippet = snippet == null ? "" : snippet;
    }

    /** Where in the document reading failed, e.g. {@code $.spec.containers[0].ports}; empty if unknown. */
    public String jsonPath() {
        return jsonPath;
    }

    /** A short, sanitised piece of the input around the failure; empty if unavailable or withheld. */
    public String snippet() {
        return snippet;
    }
}
