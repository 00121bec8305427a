package io.kube4j.dynamic.manifest;

/** What happened to one object of a manifest. */
public enum Outcome {
    /** Server-side applied. */
    APPLIED,
    /** Created. */
    CREATED,
    /** Deletion accepted (the object may live on while finalizers run). */
    DELETED,
    /** It did not exist (delete), or its resource type is gone with a CRD of the same manifest. */
    NOT_FOUND,
    /** Confirmed gone by {@code waitForDeleted}. */
    GONE,
    /** The operation failed; see {@link ObjectResult#error()}. */
    FAILED,
    /** Not attempted because an earlier object failed. */
    SKIPPED;

    /** Whether this outcome counts as a failure of the run. */
    public boolean isFailure() {
        return this == FAILED || this == SKIPPED;
    }
}
