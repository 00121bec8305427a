package io.kube4j.client;

import java.util.Map;
import java.util.Objects;

/**
 * What every write's options share: {@code dryRun}, {@code fieldManager} and {@code fieldValidation}, their
 * query parameters, equality and builder setters. Package-private: users see only the public subclasses.
 */
abstract sealed class WriteOptions permits CreateOptions, UpdateOptions, PatchOptions, ApplyOptions {
    private final boolean dryRun;
    private final String fieldManager;
    private final FieldValidation fieldValidation;

    WriteOptions(boolean dryRun, String fieldManager, FieldValidation fieldValidation) {
        this.dryRun = dryRun;
        this.fieldManager = fieldManager;
        this.fieldValidation = fieldValidation;
    }

    WriteOptions(WriteBuilder<?, ?> b) {
        this(b.dryRun, b.fieldManager, b.fieldValidation);
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
                .putIf(forcesConflicts(), "force", "true")
                .put("fieldValidation", fieldValidation == null ? null : fieldValidation.wireValue())
                .build();
    }

    /** Only server-side apply can take over fields owned by other managers. */
    boolean forcesConflicts() {
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WriteOptions other && other.getClass() == getClass() && dryRun == other.dryRun
                && Objects.equals(fieldManager, other.fieldManager) && fieldValidation == other.fieldValidation
                && forcesConflicts() == other.forcesConflicts();
    }

    @Override
    public int hashCode() {
        return Objects.hash(dryRun, fieldManager, fieldValidation, forcesConflicts());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + toQueryParams();
    }

    /** The setters of the subclasses' builders; {@code B} is the concrete builder, {@code O} what it builds. */
    abstract static class WriteBuilder<B extends WriteBuilder<B, O>, O extends WriteOptions> {
        private boolean dryRun;
        private String fieldManager;
        private FieldValidation fieldValidation;

        WriteBuilder() {
        }

        public B dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return self();
        }

        public B fieldManager(String fieldManager) {
            this.fieldManager = fieldManager == null || fieldManager.isEmpty() ? null : fieldManager;
            return self();
        }

        public B fieldValidation(FieldValidation fieldValidation) {
            this.fieldValidation = fieldValidation;
            return self();
        }

        /** Starts from the values of {@code options}. */
        B from(WriteOptions options) {
            return dryRun(options.dryRun).fieldManager(options.fieldManager).fieldValidation(options.fieldValidation);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        public abstract O build();
    }
}
