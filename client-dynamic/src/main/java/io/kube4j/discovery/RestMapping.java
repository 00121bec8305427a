package io.kube4j.discovery;

import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.api.schema.GroupVersionResource;
import java.util.Objects;

/**
 * Where objects of one kind live: the resource that serves the kind, and whether it is namespaced.
 *
 * @param kind the group, version and kind
 * @param resource the group, version and plural resource name
 * @param namespaced whether objects live in namespaces
 */
public record RestMapping(GroupVersionKind kind, GroupVersionResource resource, boolean namespaced) {
    public RestMapping {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(resource, "resource");
    }

    static RestMapping of(ApiResource r) {
        return new RestMapping(r.groupVersionKind(), r.groupVersionResource(), r.namespaced());
    }
}
