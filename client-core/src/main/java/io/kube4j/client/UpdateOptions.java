package io.kube4j.client;

/** Options of an update. Immutable; {@link #DEFAULT} sends nothing. */
public final class UpdateOptions extends WriteOptions {
    /** No options. */
    public static final UpdateOptions DEFAULT = builder().build();
    /** Validate and run admission, but persist nothing ({@code dryRun=All}). */
    public static final UpdateOptions DRY_RUN = builder().dryRun(true).build();

    private UpdateOptions(Builder b) {
        super(b);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options recording the change under the given field manager. */
    public static UpdateOptions fieldManager(String fieldManager) {
        return builder().fieldManager(fieldManager).build();
    }

    public Builder toBuilder() {
        return builder().from(this);
    }

    /** Builder of {@link UpdateOptions}: {@code dryRun}, {@code fieldManager}, {@code fieldValidation}. */
    public static final class Builder extends WriteBuilder<Builder, UpdateOptions> {
        private Builder() {
        }

        @Override
        public UpdateOptions build() {
            return new UpdateOptions(this);
        }
    }
}
