package io.kube4j.discovery.internal;

import io.kube4j.api.meta.v1.APIGroupList;
import io.kube4j.api.meta.v1.APIResourceList;
import io.kube4j.api.meta.v1.APIVersions;
import io.kube4j.api.schema.GroupVersion;
import io.kube4j.client.KubeException;
import io.kube4j.client.RestClient;
import io.kube4j.discovery.ApiGroup;
import io.kube4j.discovery.ApiResource;
import io.kube4j.discovery.ServerResources;
import io.kube4j.dynamic.Unstructured;
import io.kube4j.dynamic.UnstructuredConverter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Loads one discovery snapshot: from the disk cache when it is fresh, else from the server, with aggregated
 * discovery when enabled and offered ({@code /api} and {@code /apis}, two requests), falling back per root to
 * the legacy documents (then one request per group-version, sent in parallel). Runs on the caller's thread;
 * parallel requests use the RestClient's own async machinery.
 */
public final class DiscoveryLoader {
    private final RestClient client;
    private final boolean aggregated;
    private final DiskCache disk;

    public DiscoveryLoader(RestClient client, boolean aggregated, DiskCache disk) {
        this.client = client;
        this.aggregated = aggregated;
        this.disk = disk;
    }

    public ServerResources load() {
        if (disk != null) {
            var cachedGroups = disk.readGroups();
            if (cachedGroups.isPresent()) {
                return fromDisk(cachedGroups.get());
            }
        }
        List<ApiGroup> groups = new ArrayList<>();
        Map<GroupVersion, List<ApiResource>> resources = new LinkedHashMap<>();
        Map<GroupVersion, KubeException> failures = new LinkedHashMap<>();
        boolean coreAggregated = readRoot("/api", groups, resources, failures);
        boolean groupsAggregated = readRoot("/apis", groups, resources, failures);
        fetchMissing(groups, resources, failures);
        if (disk != null) {
            disk.writeGroups(groups);
            resources.forEach(disk::writeResources);
        }
        return ServerResources.of(groups, resources, failures, coreAggregated && groupsAggregated);
    }

    private ServerResources fromDisk(List<ApiGroup> groups) {
        Map<GroupVersion, List<ApiResource>> resources = new LinkedHashMap<>();
        Map<GroupVersion, KubeException> failures = new LinkedHashMap<>();
        for (ApiGroup g : groups) {
            for (String v : g.versions()) {
                GroupVersion gv = GroupVersion.of(g.name(), v);
                disk.readResources(gv).ifPresent(r -> resources.put(gv, r));
            }
        }
        Map<GroupVersion, List<ApiResource>> before = new LinkedHashMap<>(resources);
        fetchMissing(groups, resources, failures);
        resources.forEach((gv, r) -> {
            if (!before.containsKey(gv)) {
                disk.writeResources(gv, r);
            }
        });
        return ServerResources.of(groups, resources, failures, false);
    }

    /** Reads {@code /api} or {@code /apis}; returns whether the answer was aggregated. */
    private boolean readRoot(String path, List<ApiGroup> groups, Map<GroupVersion, List<ApiResource>> resources,
            Map<GroupVersion, KubeException> failures) {
        var request = client.get().absPath(path);
        if (aggregated) {
            request.header("Accept", AggregatedDiscovery.ACCEPT);
        }
        Unstructured doc = request.execute(Unstructured.class);
        if (AggregatedDiscovery.isAggregated(doc)) {
            AggregatedDiscovery.read(doc, groups, resources, failures);
            return true;
        }
        if (path.equals("/api")) {
            APIVersions versions = UnstructuredConverter.toTyped(doc, APIVersions.class);
            if (!versions.versions().isEmpty()) {
                groups.add(LegacyDiscovery.coreGroup(versions));
            }
        } else {
            groups.addAll(LegacyDiscovery.groups(UnstructuredConverter.toTyped(doc, APIGroupList.class)));
        }
        return false;
    }

    /** Fetches, in parallel, the legacy resource list of every group-version not known yet. */
    private void fetchMissing(List<ApiGroup> groups, Map<GroupVersion, List<ApiResource>> resources,
            Map<GroupVersion, KubeException> failures) {
        Map<GroupVersion, CompletableFuture<APIResourceList>> pending = new LinkedHashMap<>();
        for (ApiGroup g : groups) {
            for (String v : g.versions()) {
                GroupVersion gv = GroupVersion.of(g.name(), v);
                if (!resources.containsKey(gv) && !failures.containsKey(gv)) {
                    String path = gv.group().isEmpty() ? "/api/" + v : "/apis/" + gv.group() + "/" + v;
                    pending.put(gv, client.get().absPath(path).executeAsync(APIResourceList.class));
                }
            }
        }
        try {
            for (Map.Entry<GroupVersion, CompletableFuture<APIResourceList>> e : pending.entrySet()) {
                try {
                    resources.put(e.getKey(), LegacyDiscovery.resources(e.getKey(), e.getValue().get()));
                } catch (ExecutionException | CancellationException ex) {
                    Throwable cause = ex instanceof ExecutionException ? ex.getCause() : ex;
                    failures.put(e.getKey(), cause instanceof KubeException ? (KubeException) cause
                            : new KubeException("discovery of " + e.getKey().apiVersion() + " failed: " + cause, cause));
                }
            }
        } catch (InterruptedException ex) {
            pending.values().forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new KubeException("interrupted while discovering the server's resources", ex);
        }
    }
}
