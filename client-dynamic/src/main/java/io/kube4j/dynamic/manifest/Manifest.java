package io.kube4j.dynamic.manifest;

import io.kube4j.dynamic.Unstructured;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The objects read from one manifest source, in document order ({@code List} documents expanded). Reading
 * stops at the first document that cannot be read: {@link #objects()} then holds the documents before it and
 * {@link #error()} says which document failed and why. Immutable.
 */
public final class Manifest {
    private final List<ManifestObject> objects;
    private final ManifestException error;

    Manifest(List<ManifestObject> objects, ManifestException error) {
        this.objects = List.copyOf(objects);
        this.error = error;
    }

    /** A manifest of objects built in code: object {@code i} is document {@code i}. */
    public static Manifest of(List<Unstructured> objects) {
        List<ManifestObject> out = new ArrayList<>();
        int i = 0;
        for (Unstructured u : Objects.requireNonNull(objects, "objects")) {
            out.add(new ManifestObject(i++, -1, 0, Objects.requireNonNull(u, "objects must not contain null")));
        }
        return new Manifest(out, null);
    }

    /** The objects read, in order. */
    public List<ManifestObject> objects() {
        return objects;
    }

    /** The objects alone. */
    public List<Unstructured> unstructured() {
        List<Unstructured> out = new ArrayList<>(objects.size());
        objects.forEach(o -> out.add(o.object()));
        return out;
    }

    /** The failure that stopped reading, if any. */
    public Optional<ManifestException> error() {
        return Optional.ofNullable(error);
    }

    /** This manifest when every document was read. @throws ManifestException the reading failure otherwise */
    public Manifest requireValid() {
        if (error != null) {
            throw error;
        }
        return this;
    }

    @Override
    public String toString() {
        return "Manifest{" + objects.size() + " objects" + (error == null ? "" : ", error: " + error.getMessage()) + "}";
    }
}
