package io.kube4j.dynamic.manifest;

import io.kube4j.client.KubeException;
import io.kube4j.dynamic.Unstructured;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads manifests: multi-document YAML (documents separated by {@code ---} lines) or a stream of JSON
 * objects, with {@code List} documents ({@code v1 List}, {@code ConfigMapList}, ...) expanded into their items.
 * {@code parse} is strict and returns the objects; {@code read} returns a {@link Manifest} that keeps the
 * documents before a bad one, for {@link ManifestApplier}. Errors name the document index and its line.
 */
public final class Manifests {
    private Manifests() {
    }

    /** Every object of the text. @throws ManifestException naming the first bad document */
    public static List<Unstructured> parse(String text) {
        return read(text).requireValid().unstructured();
    }

    /** Every object of a UTF-8 file. @throws ManifestException naming the file and the first bad document */
    public static List<Unstructured> parse(Path file) {
        return read(file).requireValid().unstructured();
    }

    /** Every object of a UTF-8 stream (read to its end, not closed). @throws ManifestException on a bad document */
    public static List<Unstructured> parse(InputStream in) {
        return read(in).requireValid().unstructured();
    }

    /** The objects of the text up to the first bad document, and that document's error. */
    public static Manifest read(String text) {
        return ManifestReader.read(Objects.requireNonNull(text, "text"), null);
    }

    /** Like {@link #read(String)}, with {@code source} (e.g. a file name) prefixed to messages. */
    public static Manifest read(String text, String source) {
        return ManifestReader.read(Objects.requireNonNull(text, "text"), source);
    }

    /** The objects of a UTF-8 file up to the first bad document. @throws KubeException when the file can't be read */
    public static Manifest read(Path file) {
        try {
            return ManifestReader.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new KubeException("cannot read manifest " + file + ": " + e, e);
        }
    }

    /** The objects of a UTF-8 stream (read to its end, not closed) up to the first bad document. */
    public static Manifest read(InputStream in) {
        try {
            return ManifestReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new KubeException("cannot read manifest stream: " + e, e);
        }
    }
}
