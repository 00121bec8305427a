package io.kube4j.api.schema;

/**
 * An API group and resource, as apimachinery's {@code schema.GroupResource}.
 *
 * @param group the API group, {@code ""} for the core group
 * @param resource the resource, such as {@code deployments}
 */
public record GroupResource(String group, String resource) {
    public GroupResource {
        SchemaNames.require(group, "group");
        SchemaNames.require(resource, "resource");
    }

    /** A group and resource. */
    public static GroupResource of(String group, String resource) {
        return new GroupResource(group, resource);
    }

    /** Parses {@code resource.group} ({@code deployments.apps}); text without a dot is a core resource. */
    public static GroupResource parse(String text) {
        SchemaNames.require(text, "group resource");
        int dot = text.indexOf('.');
        return dot < 0 ? new GroupResource("", text)
                : new GroupResource(text.substring(dot + 1), text.substring(0, dot));
    }

    /** This group-resource at a version. */
    public GroupVersionResource withVersion(String version) {
        return new GroupVersionResource(group, version, resource);
    }

    /** Whether group and resource are both empty. */
    public boolean isEmpty() {
        return group.isEmpty() && resource.isEmpty();
    }

    /** Go's form: {@code deployments.apps}, or just {@code pods} for the core group. */
    @Override
    public String toString() {
        return group.isEmpty() ? resource : resource + "." + group;
    }
}
