package io.kube4j.samples.cli;

/** A wrong command line: printed as {@code error: <message>} with a hint to {@code --help}; exit code 1. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
