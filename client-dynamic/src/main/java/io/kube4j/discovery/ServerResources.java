package io.kube4j.discovery;

import io.kube4j.api.schema.GroupVersion;
import io.kube4j.client.KubeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One discovery snapshot: the server's groups and the resources of each group-version, in the server's
 * priority order (groups as listed, the preferred version of each group first). Group-versions that could
 * not be discovered (an aggregated API server that is down, a stale aggregated entry) are listed in
 * {@link #failures()}; everything else is still usable. Immutable.
 */
public final class ServerResources {
    private final List<ApiGroup> groups;
    private final Map<GroupVersion, List<ApiResource>> resources;
    private final Map<GroupVersion, KubeException> failures;
    private final boolean aggregated;

    private ServerResources(List<ApiGroup> groups, Map<GroupVersion, List<ApiResource>> resources,
            Map<GroupVersion, KubeException> failures, boolean aggregated) {
        this.groups = List.copyOf(groups);
        Map<GroupVersion, List<ApiResource>> ordered = new LinkedHashMap<>();
        for (ApiGroup g : this.groups) {
            for (String v : g.versions()) {
                GroupVersion gv = GroupVersion.of(g.name(), v);
                List<ApiResource> list = resources.get(gv);
                if (list != null) {
                    ordered.put(gv, List.copyOf(list));
                }
            }
        }
        this.resources = Collections.unmodifiableMap(ordered);
        this.failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
        this.aggregated = aggregated;
    }

    /**
     * A snapshot from its parts (for tests and custom discovery sources). Resources of group-versions that no
     * group lists are dropped.
     *
     * @param aggregated whether the data came from aggregated discovery
     */
    public static ServerResources of(List<ApiGroup> groups, Map<GroupVersion, List<ApiResource>> resources,
            Map<GroupVersion, KubeException> failures, boolean aggregated) {
        return new ServerResources(Objects.requireNonNull(groups, "groups"), Objects.requireNonNull(resources, "resources"),
                Objects.requireNonNull(failures, "failures"), aggregated);
    }

    /** The groups, in the server's priority order (the core group, named {@code ""}, first). */
    public List<ApiGroup> groups() {
        return groups;
    }

    /** The named group, if the server serves it. */
    public Optional<ApiGroup> group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /** The group-versions whose resources are known, in priority order. */
    public List<GroupVersion> groupVersions() {
        return List.copyOf(resources.keySet());
    }

    /** The resources of one group-version; empty when it is unknown or failed. */
    public List<ApiResource> resources(GroupVersion groupVersion) {
        return resources.getOrDefault(groupVersion, List.of());
    }

    /** Every resource of every group-version, in priority order. */
    public List<ApiResource> allResources() {
        List<ApiResource> all = new ArrayList<>();
        resources.values().forEach(all::addAll);
        return all;
    }

    /** The resources of each group's preferred version (kubectl's {@code api-resources} view). */
    public List<ApiResource> preferredResources() {
        List<ApiResource> out = new ArrayList<>();
        for (ApiGroup g : groups) {
            out.addAll(resources(GroupVersion.of(g.name(), g.preferredVersion())));
        }
        return out;
    }

    /** Group-versions that could not be discovered, with why. */
    public Map<GroupVersion, KubeException> failures() {
        return failures;
    }

    /** Whether every group-version was discovered. */
    public boolean isComplete() {
        return failures.isEmpty();
    }

    /** Whether this came from aggregated discovery (one request per {@code /api} and {@code /apis}). */
    public boolean isAggregated() {
        return aggregated;
    }

    @Override
    public String toString() {
        return "ServerResources{" + groups.size() + " groups, " + resources.size() + " group-versions"
                + (failures.isEmpty() ? "" : ", failed: " + failures.keySet()) + (aggregated ? ", aggregated" : "") + "}";
    }
}
