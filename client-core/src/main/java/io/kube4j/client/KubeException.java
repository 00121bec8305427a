package io.kube4j.client;

/**
 * Root of every exception kube4j throws. Unchecked: callers catch the subtypes they can handle
 * ({@link ApiException} and its subclasses, {@code TransportException}, {@code SerializationException},
 * {@link ConfigException}). Messages never contain credentials.
 */
public class KubeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KubeException(String message) {
        super(message);
    }

    public KubeException(String message, Throwable cause) {
        super(message, cause);
    }
}
