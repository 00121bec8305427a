package io.kube4j.api.schema;

/**
 * An API group and version, as apimachinery's {@code schema.GroupVersion}; the core group is {@code ""}.
 *
 * @param group the API group, {@code ""} for the core group
 * @param version the version, such as {@code v1}
 */
public record GroupVersion(String group, String version) {
    public GroupVersion {
        SchemaNames.require(group, "group");
        SchemaNames.require(version, "version");
    }

    /** A group and version. */
    public static GroupVersion of(String group, String version) {
        return new GroupVersion(group, version);
    }

    /**
     * Parses an {@code apiVersion}: {@code "v1"} is the core group, {@code "apps/v1"} the apps group; {@code ""}
     * and {@code "/"} give the empty group-version, as in Go.
     *
     * @throws IllegalArgumentException if the text has more than one {@code /}
     */
    public static GroupVersion parse(String apiVersion) {
        SchemaNames.require(apiVersion, "apiVersion");
        if (apiVersion.isEmpty() || apiVersion.equals("/")) {
            return new GroupVersion("", "");
        }
        int slash = apiVersion.indexOf('/');
        if (slash < 0) {
            return new GroupVersion("", apiVersion);
        }
        if (apiVersion.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("unexpected GroupVersion string: \"" + apiVersion
                    + "\" (expected \"version\" or \"group/version\")");
        }
        return new GroupVersion(apiVersion.substring(0, slash), apiVersion.substring(slash + 1));
    }

    /** The {@code apiVersion} field value: {@code "v1"} for core, {@code "apps/v1"} otherwise. */
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    /** Whether both group and version are empty. */
    public boolean isEmpty() {
        return group.isEmpty() && version.isEmpty();
    }

    /** This group-version with a kind. */
    public GroupVersionKind withKind(String kind) {
        return new GroupVersionKind(group, version, kind);
    }

    /** This group-version with a resource. */
    public GroupVersionResource withResource(String resource) {
        return new GroupVersionResource(group, version, resource);
    }

    /** The {@code apiVersion} form, as Go's {@code String()}. */
    @Override
    public String toString() {
        return apiVersion();
    }
}
