package io.kube4j.discovery;

import java.util.List;
import java.util.Objects;

/**
 * An API group the server serves, as discovery reports it.
 *
 * @param name the group, {@code ""} for the core group
 * @param versions the served versions, the preferred one first
 * @param preferredVersion the version the server prefers
 */
public record ApiGroup(String name, List<String> versions, String preferredVersion) {
    public ApiGroup {
        Objects.requireNonNull(name, "name");
        versions = List.copyOf(versions);
        Objects.requireNonNull(preferredVersion, "preferredVersion");
    }
}
