package io.kube4j.client;

import java.util.Map;
import java.util.Objects;

/** Options of a get. Immutable; {@link #DEFAULT} reads the latest state from storage. */
public final class GetOptions {
    /** No options: the most recent state (a quorum read). */
    public static final GetOptions DEFAULT = new GetOptions(null);

    private final String resourceVersion;

    private GetOptions(String resourceVersion) {
        this.resourceVersion = resourceVersion;
    }

    /** Reads at the given resource version; {@code "0"} allows any cached state. */
    public static GetOptions resourceVersion(String resourceVersion) {
        return new GetOptions(Objects.requireNonNull(resourceVersion, "resourceVersion"));
    }

    /** The requested resource version, or null for the latest. */
    public String resourceVersion() {
        return resourceVersion;
    }

    /** The query parameters these options add, in a stable order. */
    public Map<String, String> toQueryParams() {
        return new QueryParams().put("resourceVersion", resourceVersion).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GetOptions other && Objects.equals(resourceVersion, other.resourceVersion);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(resourceVersion);
    }

    @Override
    public String toString() {
        return "GetOptions" + toQueryParams();
    }
}
