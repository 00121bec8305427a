package io.kube4j.codegen.model;

/** A group-version-kind from {@code x-kubernetes-group-version-kind}; the core group is {@code ""}. */
public record Gvk(String group, String version, String kind) implements Comparable<Gvk> {
    /** {@code v1} for the core group, {@code <group>/<version>} otherwise. */
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    @Override
    public int compareTo(Gvk o) {
        int c = group.compareTo(o.group);
        if (c == 0) {
            c = version.compareTo(o.version);
        }
        return c != 0 ? c : kind.compareTo(o.kind);
    }
}
