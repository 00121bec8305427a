package io.kube4j.client;

/** Options of a create. Immutable; {@link #DEFAULT} sends nothing. */
public final class CreateOptions extends WriteOptions {
    /** No options. */
    public static final CreateOptions DEFAULT = builder().build();
    /** Validate and run admission, but persist nothing ({@code dryRun=All}). */
    public static final CreateOptions DRY_RUN = builder().dryRun(true).build();

    private CreateOptions(Builder b) {
        super(b);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options recording the change under the given field manager. */
    public static CreateOptions fieldManager(String fieldManager) {
        return builder().fieldManager(fieldManager).build();
    }

    public Builder toBuilder() {
        return builder().from(this);
    }

    /** Builder of {@link CreateOptions}: {@code dryRun}, {@code fieldManager}, {@code fieldValidation}. */
    public static final class Builder extends WriteBuilder<Builder, CreateOptions> {
        private Builder() {
        }

        @Override
        public CreateOptions build() {
            return new CreateOptions(this);
        }
    }
}
