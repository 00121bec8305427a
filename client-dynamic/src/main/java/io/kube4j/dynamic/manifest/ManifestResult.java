package io.kube4j.dynamic.manifest;

import io.kube4j.dynamic.Unstructured;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of applying, creating, deleting or waiting for a manifest: one {@link ObjectResult} per object in
 * manifest order, plus the error that stopped reading the manifest, if any (documents after it were never
 * seen). Immutable.
 */
public final class ManifestResult {
    private final List<ObjectResult> results;
    private final ManifestException readError;

    ManifestResult(List<ObjectResult> results, ManifestException readError) {
        this.results = List.copyOf(results);
        this.readError = readError;
    }

    /** One result per manifest object, in manifest order. */
    public List<ObjectResult> results() {
        return results;
    }

    /** The document that could not be read, if any. */
    public Optional<ManifestException> readError() {
        return Optional.ofNullable(readError);
    }

    /** Whether every object succeeded and the whole manifest was read. */
    public boolean succeeded() {
        return readError == null && results.stream().noneMatch(r -> r.outcome().isFailure());
    }

    /** The failed objects (not the skipped ones). */
    public List<ObjectResult> failures() {
        return results.stream().filter(r -> r.outcome() == Outcome.FAILED).collect(Collectors.toList());
    }

    /** The objects as the server returned them, in manifest order (apply and create). */
    public List<Unstructured> objects() {
        List<Unstructured> out = new ArrayList<>();
        results.forEach(r -> r.result().ifPresent(out::add));
        return out;
    }

    /**
     * This result when {@link #succeeded()}; otherwise throws a {@link ManifestException} for the first failed
     * object (its cause the underlying error), or the read error.
     */
    public ManifestResult throwIfFailed() {
        for (ObjectResult r : results) {
            if (r.outcome() == Outcome.FAILED) {
                ManifestObject s = r.source();
                throw new ManifestException(s.document(), s.line(), r.toString(), r.error().orElse(null));
            }
        }
        if (readError != null) {
            throw readError;
        }
        return this;
    }

    @Override
    public String toString() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        results.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        return "ManifestResult{" + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().name().toLowerCase())
                .collect(Collectors.joining(", ")) + (readError == null ? "" : "; read error: " + readError.getMessage()) + "}";
    }
}
