package io.kube4j.client;

/**
 * Options of a JSON, merge or strategic-merge patch; server-side apply takes {@link ApplyOptions}.
 * Immutable; {@link #DEFAULT} sends nothing.
 */
public final class PatchOptions extends WriteOptions {
    /** No options. */
    public static final PatchOptions DEFAULT = builder().build();
    /** Validate and run admission, but persist nothing ({@code dryRun=All}). */
    public static final PatchOptions DRY_RUN = builder().dryRun(true).build();

    private PatchOptions(Builder b) {
        super(b);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options recording the change under the given field manager. */
    public static PatchOptions fieldManager(String fieldManager) {
        return builder().fieldManager(fieldManager).build();
    }

    public Builder toBuilder() {
        return builder().from(this);
    }

    /** Builder of {@link PatchOptions}: {@code dryRun}, {@code fieldManager}, {@code fieldValidation}. */
    public static final class Builder extends WriteBuilder<Builder, PatchOptions> {
        private Builder() {
        }

        @Override
        public PatchOptions build() {
            return new PatchOptions(this);
        }
    }
}
