package io.kube4j.client;

/**
 * A body that could not be encoded or decoded. The message names the JSON path of the offending value and
 * at most a short snippet of it, never secret material.
 */
public class SerializationException extends KubeException {
    private static final long serialVersionUID = 1L;

    public SerializationException(String message, Throwable cause) {
        super(message, cause);
    }
}
