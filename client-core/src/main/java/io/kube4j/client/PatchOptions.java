package io.kube4j.client;

import java.util.Map;
import java.util.Objects;

/**
 * Options of a JSON, merge or strategic-merge patch; server-side apply takes {@link ApplyOptions}.
 * Immutable; {@link #DEFAULT} sends nothing.
 */
public final class PatchOptions {
    /** No options. */
    public static final PatchOptions DEFAULT = builder().build();
    /** Validate and run admission, but persist nothing ({@code dryRun=All}). */
    public static final PatchOptions DRY_RUN = builder().dryRun(true).build();

    private final boolean dryRun;
    private final String fieldManager;
    private final FieldValidation fieldValidation;

    private PatchOptions(Builder b) {
        this.dryRun = b.dryRun;
        this.fieldManager = b.fieldManager;
        this.fieldValidation = b.fieldValidation;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options recording the change under the given field manager. */
    public static PatchOptions fieldManager(String fieldManager) {
        return builder().fieldManager(fieldManager).build();
    }

    public Builder toBuilder() {
        return builder().dryRun(dryRun).fieldManager(fieldManager).fieldValidation(fieldValidation);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** The field manager, or null for the server's default (derived from the User-Agent). */
    public String fieldManager() {
        return fieldManager;
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
                .put("fieldValidation", fieldValidation == null ? null : fieldValidation.wireValue())
                .build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PatchOptions other && dryRun == other.dryRun
                && Objects.equals(fieldManager, other.fieldManager) && fieldValidation == other.fieldValidation;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dryRun, fieldManager, fieldValidation);
    }

    @Override
    public String toString() {
        return "PatchOptions" + toQueryParams();
    }

    /** Builder of {@link PatchOptions}. */
    public static final class Builder {
        private boolean dryRun;
        private String fieldManager;
        private FieldValidation fieldValidation;

        private Builder() {
        }

        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        public Builder fieldManager(String fieldManager) {
            this.fieldManager = fieldManager == null || fieldManager.isEmpty() ? null : fieldManager;
            return this;
        }

        public Builder fieldValidation(FieldValidation fieldValidation) {
            this.fieldValidation = fieldValidation;
            return this;
        }

        public PatchOptions build() {
            return new PatchOptions(this);
        }
    }
}
