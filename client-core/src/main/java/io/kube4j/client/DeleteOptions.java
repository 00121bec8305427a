package io.kube4j.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options of a delete, sent as the request's {@code DeleteOptions} JSON body. Immutable; start from
 * {@link #DEFAULT}, a factory such as {@link #propagation(Propagation)}, or {@link #builder()}.
 */
public final class DeleteOptions {
    /** The server's defaults (usually background propagation, the object's own grace period). */
    public static final DeleteOptions DEFAULT = builder().build();
    /** Validate and run admission, but delete nothing ({@code dryRun: ["All"]}). */
    public static final DeleteOptions DRY_RUN = builder().dryRun(true).build();

    private final Propagation propagation;
    private final Long gracePeriodSeconds;
    private final Preconditions preconditions;
    private final boolean dryRun;
    private final Boolean ignoreStoreReadErrorWithClusterBreakingPotential;

    private DeleteOptions(Builder b) {
        this.propagation = b.propagation;
        this.gracePeriodSeconds = b.gracePeriodSeconds;
        this.preconditions = b.preconditions;
        this.dryRun = b.dryRun;
        this.ignoreStoreReadErrorWithClusterBreakingPotential = b.ignoreStoreReadError;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options with the given propagation policy. */
    public static DeleteOptions propagation(Propagation propagation) {
        return builder().propagation(propagation).build();
    }

    /** Options with the given grace period; 0 deletes immediately. */
    public static DeleteOptions gracePeriodSeconds(long seconds) {
        return builder().gracePeriodSeconds(seconds).build();
    }

    /** Options that delete only if the preconditions hold (409 Conflict otherwise). */
    public static DeleteOptions preconditions(Preconditions preconditions) {
        return builder().preconditions(preconditions).build();
    }

    public Builder toBuilder() {
        Builder b = builder().propagation(propagation).preconditions(preconditions).dryRun(dryRun);
        b.gracePeriodSeconds = gracePeriodSeconds;
        b.ignoreStoreReadError = ignoreStoreReadErrorWithClusterBreakingPotential;
        return b;
    }

    /** The propagation policy, or null for the server's default. */
    public Propagation propagation() {
        return propagation;
    }

    /** The grace period, or null for the object's own. */
    public Long gracePeriodSeconds() {
        return gracePeriodSeconds;
    }

    /** The preconditions, or null. */
    public Preconditions preconditions() {
        return preconditions;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** The unsafe-delete flag for corrupt objects, or null when unset. */
    public Boolean ignoreStoreReadErrorWithClusterBreakingPotential() {
        return ignoreStoreReadErrorWithClusterBreakingPotential;
    }

    /** The {@code meta/v1 DeleteOptions} JSON body as an ordered map (unset fields absent). */
    public Map<String, Object> toBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "DeleteOptions");
        body.put("apiVersion", "v1");
        if (propagation != null) {
            body.put("propagationPolicy", propagation.wireValue());
        }
        if (gracePeriodSeconds != null) {
            body.put("gracePeriodSeconds", gracePeriodSeconds);
        }
        if (preconditions != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            if (preconditions.uid() != null) {
                p.put("uid", preconditions.uid());
            }
            if (preconditions.resourceVersion() != null) {
                p.put("resourceVersion", preconditions.resourceVersion());
            }
            body.put("preconditions", Collections.unmodifiableMap(p));
        }
        if (dryRun) {
            body.put("dryRun", List.of("All"));
        }
        if (ignoreStoreReadErrorWithClusterBreakingPotential != null) {
            body.put("ignoreStoreReadErrorWithClusterBreakingPotential",
                    ignoreStoreReadErrorWithClusterBreakingPotential);
        }
        return Collections.unmodifiableMap(body);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeleteOptions other && toBody().equals(other.toBody());
    }

    @Override
    public int hashCode() {
        return toBody().hashCode();
    }

    @Override
    public String toString() {
        return "DeleteOptions" + toBody();
    }

    /** Builder of {@link DeleteOptions}. */
    public static final class Builder {
        private Propagation propagation;
        private Long gracePeriodSeconds;
        private Preconditions preconditions;
        private boolean dryRun;
        private Boolean ignoreStoreReadError;

        private Builder() {
        }

        public Builder propagation(Propagation propagation) {
            this.propagation = propagation;
            return this;
        }

        /** Seconds before the object is deleted; 0 means immediately. */
        public Builder gracePeriodSeconds(long seconds) {
            if (seconds < 0) {
                throw new IllegalArgumentException("gracePeriodSeconds must not be negative, got " + seconds);
            }
            this.gracePeriodSeconds = seconds;
            return this;
        }

        public Builder preconditions(Preconditions preconditions) {
            this.preconditions = preconditions;
            return this;
        }

        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /** Deletes an object the server cannot decode; may break the cluster (Kubernetes 1.32+). */
        public Builder ignoreStoreReadErrorWithClusterBreakingPotential(boolean ignore) {
            this.ignoreStoreReadError = ignore;
            return this;
        }

        public DeleteOptions build() {
            return new DeleteOptions(this);
        }
    }
}
