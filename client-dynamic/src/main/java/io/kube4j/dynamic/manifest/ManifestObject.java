package io.kube4j.dynamic.manifest;

import io.kube4j.dynamic.Unstructured;
import java.util.Objects;

/**
 * One object of a manifest and where it came from.
 *
 * @param document the index of its document among the non-empty documents of the source, from 0
 * @param item its index in the {@code items} of a {@code List} document, or -1 when the document is the object
 * @param line the line its document starts at, from 1 (0 when not read from text)
 * @param object the object
 */
public record ManifestObject(int document, int item, int line, Unstructured object) {
    public ManifestObject {
        Objects.requireNonNull(object, "object");
    }

    /** {@code document 2 (line 15), apps/v1 Deployment prod/web} — for messages. */
    public String describe() {
        return location() + ", " + identity();
    }

    /** {@code document 2 (line 15)} or {@code document 2, item 1 (line 15)}. */
    public String location() {
        return "document " + document + (item >= 0 ? ", item " + item : "") + (line > 0 ? " (line " + line + ")" : "");
    }

    /** {@code apps/v1 Deployment prod/web}. */
    public String identity() {
        String ns = safe(() -> object.namespace());
        String name = safe(() -> object.name());
        if (name == null) {
            String generate = safe(() -> object.generateName());
            name = generate == null ? "<no name>" : generate + "*";
        }
        return safe(() -> object.apiVersion()) + " " + safe(() -> object.kind()) + " "
                + (ns == null ? "" : ns + "/") + name;
    }

    private static String safe(java.util.function.Supplier<String> s) {
        try {
            return s.get();
        } catch (RuntimeException e) {
            return "<invalid>";
        }
    }
}
