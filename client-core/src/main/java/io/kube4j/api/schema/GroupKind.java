package io.kube4j.api.schema;

/**
 * An API group and kind, as apimachinery's {@code schema.GroupKind}.
 *
 * @param group the API group, {@code ""} for the core group
 * @param kind the kind, such as {@code Deployment}
 */
public record GroupKind(String group, String kind) {
    public GroupKind {
        SchemaNames.require(group, "group");
        SchemaNames.require(kind, "kind");
    }

    /** A group and kind. */
    public static GroupKind of(String group, String kind) {
        return new GroupKind(group, kind);
    }

    /** Parses {@code Kind.group} ({@code Deployment.apps}); text without a dot is a core kind. */
    public static GroupKind parse(String text) {
        SchemaNames.require(text, "group kind");
        int dot = text.indexOf('.');
        return dot < 0 ? new GroupKind("", text) : new GroupKind(text.substring(dot + 1), text.substring(0, dot));
    }

    /** This group-kind at a version. */
    public GroupVersionKind withVersion(String version) {
        return new GroupVersionKind(group, version, kind);
    }

    /** Whether group and kind are both empty. */
    public boolean isEmpty() {
        return group.isEmpty() && kind.isEmpty();
    }

    /** Go's form: {@code Deployment.apps}, or just {@code Pod} for the core group. */
    @Override
    public String toString() {
        return group.isEmpty() ? kind : kind + "." + group;
    }
}
