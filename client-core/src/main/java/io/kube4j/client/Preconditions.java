package io.kube4j.client;

import java.util.Objects;

/** Conditions a delete checks before acting: the object's UID and/or resource version must match. */
public final class Preconditions {
    private final String uid;
    private final String resourceVersion;

    private Preconditions(String uid, String resourceVersion) {
        this.uid = uid;
        this.resourceVersion = resourceVersion;
    }

    /** Delete only the object with this UID (not a re-created namesake). */
    public static Preconditions uid(String uid) {
        return new Preconditions(Objects.requireNonNull(uid, "uid"), null);
    }

    /** Delete only if the object is still at this resource version. */
    public static Preconditions resourceVersion(String resourceVersion) {
        return new Preconditions(null, Objects.requireNonNull(resourceVersion, "resourceVersion"));
    }

    /** Both conditions; either may be null. */
    public static Preconditions of(String uid, String resourceVersion) {
        if (uid == null && resourceVersion == null) {
            throw new IllegalArgumentException("preconditions need a uid or a resourceVersion");
        }
        return new Preconditions(uid, resourceVersion);
    }

    /** The required UID, or null. */
    public String uid() {
        return uid;
    }

    /** The required resource version, or null. */
    public String resourceVersion() {
        return resourceVersion;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Preconditions other && Objects.equals(uid, other.uid)
                && Objects.equals(resourceVersion, other.resourceVersion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uid, resourceVersion);
    }

    @Override
    public String toString() {
        return "Preconditions{uid=" + uid + ", resourceVersion=" + resourceVersion + "}";
    }
}
