package io.kube4j.api.schema;

/**
 * An API group, version and kind, as apimachinery's {@code schema.GroupVersionKind}.
 *
 * @param group the API group, {@code ""} for the core group
 * @param version the version, such as {@code v1}
 * @param kind the kind, such as {@code Deployment}
 */
public record GroupVersionKind(String group, String version, String kind) {
    public GroupVersionKind {
        SchemaNames.require(group, "group");
        SchemaNames.require(version, "version");
        SchemaNames.require(kind, "kind");
    }

    /** A group, version and kind. */
    public static GroupVersionKind of(String group, String version, String kind) {
        return new GroupVersionKind(group, version, kind);
    }

    /**
     * The GVK of an object's {@code apiVersion} and {@code kind} fields; like Go's {@code FromAPIVersionAndKind},
     * an unparsable apiVersion gives an empty group and version.
     */
    public static GroupVersionKind fromApiVersionAndKind(String apiVersion, String kind) {
        SchemaNames.require(kind, "kind");
        try {
            return GroupVersion.parse(apiVersion).withKind(kind);
        } catch (IllegalArgumentException e) {
            return new GroupVersionKind("", "", kind);
        }
    }

    /** The {@code apiVersion} field value: {@code "v1"} for core, {@code "apps/v1"} otherwise. */
    public String apiVersion() {
        return groupVersion().apiVersion();
    }

    /** The group and version. */
    public GroupVersion groupVersion() {
        return new GroupVersion(group, version);
    }

    /** The group and kind. */
    public GroupKind groupKind() {
        return new GroupKind(group, kind);
    }

    /** Whether group, version and kind are all empty. */
    public boolean isEmpty() {
        return group.isEmpty() && version.isEmpty() && kind.isEmpty();
    }

    /** Go's form: {@code apps/v1, Kind=Deployment}, {@code /v1, Kind=Pod}. */
    @Override
    public String toString() {
        return group + "/" + version + ", Kind=" + kind;
    }
}
