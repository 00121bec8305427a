package io.kube4j.client.internal.tls;

/**
 * A PEM/DER input could not be used. The message describes the problem only; it never contains any
 * of the input bytes, so callers can put it into a {@code ConfigException} next to a field name.
 */
public final class PemException extends Exception {
    private static final long serialVersionUID = 1L;

    public PemException(String message) {
        super(message);
    }
}
