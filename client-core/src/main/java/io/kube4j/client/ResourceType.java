package io.kube4j.client;

import io.kube4j.api.KubernetesList;
import io.kube4j.api.KubernetesObject;
import io.kube4j.api.schema.GroupVersionKind;
import java.util.Objects;

/**
 * Describes one resource for the generic engine: its group, version and kind, its plural name in URLs,
 * whether it is namespaced, and the Java types of an object and of a list. Generated code defines one
 * constant per resource, e.g. {@code ResourceType.namespaced(GroupVersionKind.of("", "v1", "Pod"), "pods",
 * Pod.class, PodList.class)}. Immutable.
 */
public final class ResourceType<T extends KubernetesObject, L extends KubernetesList<T>> {
    private final GroupVersionKind gvk;
    private final String plural;
    private final boolean namespaced;
    private final Class<T> type;
    private final Class<L> listType;

    private ResourceType(GroupVersionKind gvk, String plural, boolean namespaced, Class<T> type, Class<L> listType) {
        this.gvk = Objects.requireNonNull(gvk, "gvk");
        this.plural = Objects.requireNonNull(plural, "plural");
        if (plural.isEmpty() || plural.contains("/")) {
            throw new IllegalArgumentException("plural must be a non-empty path segment: " + plural);
        }
        if (gvk.version() == null || gvk.version().isEmpty()) {
            throw new IllegalArgumentException("a resource type needs a version: " + gvk);
        }
        this.namespaced = namespaced;
        this.type = Objects.requireNonNull(type, "type");
        this.listType = Objects.requireNonNull(listType, "listType");
    }

    /** A namespaced resource (pods, deployments, ...). */
    public static <T extends KubernetesObject, L extends KubernetesList<T>> ResourceType<T, L> namespaced(
            GroupVersionKind gvk, String plural, Class<T> type, Class<L> listType) {
        return new ResourceType<>(gvk, plural, true, type, listType);
    }

    /** A cluster-scoped resource (nodes, namespaces, clusterroles, ...). */
    public static <T extends KubernetesObject, L extends KubernetesList<T>> ResourceType<T, L> clusterScoped(
            GroupVersionKind gvk, String plural, Class<T> type, Class<L> listType) {
        return new ResourceType<>(gvk, plural, false, type, listType);
    }

    public GroupVersionKind gvk() {
        return gvk;
    }

    /** The API group; empty for the core group. */
    public String group() {
        return gvk.group() == null ? "" : gvk.group();
    }

    public String version() {
        return gvk.version();
    }

    public String kind() {
        return gvk.kind();
    }

    /** The plural name used in URLs, e.g. {@code pods}. */
    public String plural() {
        return plural;
    }

    public boolean namespaced() {
        return namespaced;
    }

    /** The Java type of one object. */
    public Class<T> type() {
        return type;
    }

    /** The Java type of a list. */
    public Class<L> listType() {
        return listType;
    }

    /** {@code /api/<version>} for the core group, else {@code /apis/<group>/<version>}. */
    public String apiPath() {
        return group().isEmpty() ? "/api/" + version() : "/apis/" + group() + "/" + version();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceType<?, ?> r && gvk.equals(r.gvk) && plural.equals(r.plural)
                && namespaced == r.namespaced && type.equals(r.type) && listType.equals(r.listType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gvk, plural, namespaced, type, listType);
    }

    @Override
    public String toString() {
        return plural + (group().isEmpty() ? "" : "." + group()) + "/" + version()
                + (namespaced ? " (namespaced)" : "");
    }
}
