package io.kube4j.dynamic.manifest;

import io.kube4j.client.KubeException;
import io.kube4j.dynamic.Unstructured;
import java.util.Objects;
import java.util.Optional;

/** The result for one manifest object: its source, the outcome, the server's answer or the error. Immutable. */
public final class ObjectResult {
    private final ManifestObject source;
    private final Outcome outcome;
    private final Unstructured result;
    private final KubeException error;

    private ObjectResult(ManifestObject source, Outcome outcome, Unstructured result, KubeException error) {
        this.source = Objects.requireNonNull(source, "source");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.result = result;
        this.error = error;
    }

    static ObjectResult done(ManifestObject source, Outcome outcome, Unstructured result) {
        return new ObjectResult(source, outcome, result, null);
    }

    static ObjectResult failed(ManifestObject source, KubeException error) {
        return new ObjectResult(source, Outcome.FAILED, null, Objects.requireNonNull(error, "error"));
    }

    static ObjectResult skipped(ManifestObject source) {
        return new ObjectResult(source, Outcome.SKIPPED, null, null);
    }

    /** The object as the manifest gave it, with its document index and line. */
    public ManifestObject source() {
        return source;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The object as the server returned it (apply, create), if any. */
    public Optional<Unstructured> result() {
        return Optional.ofNullable(result);
    }

    /**
     * Why it failed: the server's {@code ApiException} (e.g. {@code ConflictException}), a {@code NoMatchException}
     * for an unknown kind, or a {@link ManifestException} for a problem of the object itself.
     */
    public Optional<KubeException> error() {
        return Optional.ofNullable(error);
    }

    /** {@code document 2 (line 15), apps/v1 Deployment prod/web: APPLIED} (or the error message). */
    @Override
    public String toString() {
        return source.describe() + ": " + outcome + (error == null ? "" : ": " + error.getMessage());
    }
}
