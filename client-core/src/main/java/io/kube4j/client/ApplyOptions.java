package io.kube4j.client;

import java.util.Map;
import java.util.Objects;

/**
 * Options of a server-side apply. The field manager is required; start with
 * {@code ApplyOptions.fieldManager("my-controller")} and chain {@link #force()} / {@link #dryRun()}.
 */
public final class ApplyOptions {
    private final String fieldManager;
    private final boolean force;
    private final boolean dryRun;
    private final FieldValidation fieldValidation;

    private ApplyOptions(String fieldManager, boolean force, boolean dryRun, FieldValidation fieldValidation) {
        if (fieldManager == null || fieldManager.isBlank()) {
            throw new IllegalArgumentException("server-side apply needs a field manager");
        }
        this.fieldManager = fieldManager;
        this.force = force;
        this.dryRun = dryRun;
        this.fieldValidation = fieldValidation;
    }

    /** Apply as {@code fieldManager}, failing with 409 Conflict on fields owned by other managers. */
    public static ApplyOptions fieldManager(String fieldManager) {
        return new ApplyOptions(fieldManager, false, false, null);
    }

    /** A copy that takes ownership of conflicting fields instead of failing ({@code force=true}). */
    public ApplyOptions force() {
        return new ApplyOptions(fieldManager, true, dryRun, fieldValidation);
    }

    /** A copy that validates and runs admission but persists nothing ({@code dryRun=All}). */
    public ApplyOptions dryRun() {
        return new ApplyOptions(fieldManager, force, true, fieldValidation);
    }

    /** A copy with the given field validation. */
    public ApplyOptions fieldValidation(FieldValidation validation) {
        return new ApplyOptions(fieldManager, force, dryRun, validation);
    }

    public String fieldManager() {
        return fieldManager;
    }

    public boolean isForce() {
        return force;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** The field validation, or null for the server's default. */
    public FieldValidation fieldValidation() {
        return fieldValidation;
    }

    /** The query parameters these options add, in a stable order. */
    public Map<String, String> toQueryParams() {
        return new QueryParams()
                .putIf(dryRun, "dryRun", "All")
                .put("fieldManager", fieldManager)
                .putIf(force, "force", "true")
                .put("fieldValidation", fieldValidation == null ? null : fieldValidation.wireValue())
                .build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplyOptions other && force == other.force && dryRun == other.dryRun
                && fieldManager.equals(other.fieldManager) && fieldValidation == other.fieldValidation;
    }

    @Override
    public int hashCode() {
        return Objects.hash(fieldManager, force, dryRun, fieldValidation);
    }

    @Override
    public String toString() {
        return "ApplyOptions" + toQueryParams();
    }
}
