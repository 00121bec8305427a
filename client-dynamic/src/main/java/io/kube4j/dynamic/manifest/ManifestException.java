package io.kube4j.dynamic.manifest;

import io.kube4j.client.KubeException;

/**
 * A manifest document could not be read (malformed YAML or JSON, no {@code kind}, not an object), or an object
 * of it could not be applied, created or deleted. The message names the document index and line; the cause,
 * if any, is the underlying failure (an {@code ApiException}, a {@code NoMatchException}, ...).
 */
public class ManifestException extends KubeException {
    private static final long serialVersionUID = 1L;

    private final int document;
    private final int line;

    public ManifestException(int document, int line, String message, Throwable cause) {
        super(message, cause);
        this.document = document;
        this.line = line;
    }

    /** The index of the failed document among the source's non-empty documents, from 0. */
    public int document() {
        return document;
    }

    /** The line the document starts at, from 1 (0 when unknown). */
    public int line() {
        return line;
    }
}
