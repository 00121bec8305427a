package io.kube4j.client;

/**
 * Options of a server-side apply. The field manager is required; start with
 * {@code ApplyOptions.fieldManager("my-controller")} and chain {@link #force()} / {@link #dryRun()}.
 */
public final class ApplyOptions extends WriteOptions {
    private final boolean force;

    private ApplyOptions(String fieldManager, boolean force, boolean dryRun, FieldValidation fieldValidation) {
        super(dryRun, requireManager(fieldManager), fieldValidation);
        this.force = force;
    }

    private static String requireManager(String fieldManager) {
        if (fieldManager == null || fieldManager.isBlank()) {
            throw new IllegalArgumentException("server-side apply needs a field manager");
        }
        return fieldManager;
    }

    /** Apply as {@code fieldManager}, failing with 409 Conflict on fields owned by other managers. */
    public static ApplyOptions fieldManager(String fieldManager) {
        return new ApplyOptions(fieldManager, false, false, null);
    }

    /** A copy that takes ownership of conflicting fields instead of failing ({@code force=true}). */
    public ApplyOptions force() {
        return new ApplyOptions(fieldManager(), true, isDryRun(), fieldValidation());
    }

    /** A copy that validates and runs admission but persists nothing ({@code dryRun=All}). */
    public ApplyOptions dryRun() {
        return new ApplyOptions(fieldManager(), force, true, fieldValidation());
    }

    /** A copy with the given field validation. */
    public ApplyOptions fieldValidation(FieldValidation validation) {
        return new ApplyOptions(fieldManager(), force, isDryRun(), validation);
    }

    /** The field manager (never null for apply). */
    @Override
    public String fieldManager() {
        return super.fieldManager();
    }

    public boolean isForce() {
        return force;
    }

    @Override
    boolean forcesConflicts() {
        return force;
    }
}
