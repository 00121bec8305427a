package io.kube4j.api.schema;

import java.util.Optional;

/**
 * An API group, version and resource (plural name), as apimachinery's {@code schema.GroupVersionResource}.
 *
 * @param group the API group, {@code ""} for the core group
 * @param version the version, such as {@code v1}
 * @param resource the resource, such as {@code deployments}
 */
public record GroupVersionResource(String group, String version, String resource) {
    public GroupVersionResource {
        SchemaNames.require(group, "group");
        SchemaNames.require(version, "version");
        SchemaNames.require(resource, "resource");
    }

    /** A group, version and resource. */
    public static GroupVersionResource of(String group, String version, String resource) {
        return new GroupVersionResource(group, version, resource);
    }

    /**
     * Parses the fully qualified {@code resource.version.group} form kubectl accepts, e.g.
     * {@code deployments.v1.apps} or {@code pods.v1.} (core); like Go's {@code ParseResourceArg}, empty if the
     * text has fewer than two dots (then use {@link GroupResource#parse}).
     */
    public static Optional<GroupVersionResource> parseResourceArg(String arg) {
        SchemaNames.require(arg, "resource argument");
        int first = arg.indexOf('.');
        int second = first < 0 ? -1 : arg.indexOf('.', first + 1);
        if (second < 0) {
            return Optional.empty();
        }
        return Optional.of(new GroupVersionResource(arg.substring(second + 1), arg.substring(first + 1, second),
                arg.substring(0, first)));
    }

    /**
     * Parses {@code resource.version.group} like {@link #parseResourceArg}.
     *
     * @throws IllegalArgumentException if the text has fewer than two dots
     */
    public static GroupVersionResource parse(String text) {
        return parseResourceArg(text).orElseThrow(() -> new IllegalArgumentException("invalid resource \"" + text
                + "\": expected resource.version.group, e.g. deployments.v1.apps or pods.v1."));
    }

    /** The {@code apiVersion} of this resource's group and version. */
    public String apiVersion() {
        return groupVersion().apiVersion();
    }

    /** The group and version. */
    public GroupVersion groupVersion() {
        return new GroupVersion(group, version);
    }

    /** The group and resource. */
    public GroupResource groupResource() {
        return new GroupResource(group, resource);
    }

    /** Whether group, version and resource are all empty. */
    public boolean isEmpty() {
        return group.isEmpty() && version.isEmpty() && resource.isEmpty();
    }

    /** Go's form: {@code apps/v1, Resource=deployments}, {@code /v1, Resource=pods}. */
    @Override
    public String toString() {
        return group + "/" + version + ", Resource=" + resource;
    }
}
