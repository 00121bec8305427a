package io.kube4j.discovery.internal;

import io.kube4j.api.schema.GroupVersion;
import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.client.KubeException;
import io.kube4j.discovery.ApiGroup;
import io.kube4j.discovery.ApiResource;
import io.kube4j.discovery.ApiSubresource;
import io.kube4j.dynamic.Unstructured;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads aggregated discovery ({@code apidiscovery.k8s.io} v2 and v2beta1 {@code APIGroupDiscoveryList}, the
 * answer of {@code /api} and {@code /apis} to the Accept header below): every group, version and resource in
 * one document. Versions are listed in preference order; a version marked {@code Stale} is reported as failed.
 */
public final class AggregatedDiscovery {
    /** Asks for v2, then v2beta1, then falls back to the legacy documents. */
    public static final String ACCEPT = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
            + "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json;q=0.9";

    private AggregatedDiscovery() {
    }

    /** Whether {@code doc} is an aggregated discovery document (else it is a legacy one). */
    public static boolean isAggregated(Unstructured doc) {
        String apiVersion = doc.apiVersion();
        return "APIGroupDiscoveryList".equals(doc.kind()) && apiVersion != null
                && apiVersion.startsWith("apidiscovery.k8s.io/");
    }

    /** Adds the groups, resources and stale group-versions of {@code doc} to the given collections. */
    public static void read(Unstructured doc, List<ApiGroup> groups, Map<GroupVersion, List<ApiResource>> resources,
            Map<GroupVersion, KubeException> failures) {
        int i = 0;
        for (Map<?, ?> item : JsonFields.objects(doc.object(), "items", "$")) {
            String path = "$.items[" + i++ + "]";
            Map<?, ?> meta = JsonFields.object(item, "metadata", path);
            String group = meta == null ? null : JsonFields.string(meta, "name", path + ".metadata");
            group = group == null ? "" : group;
            List<String> versions = new ArrayList<>();
            int j = 0;
            for (Map<?, ?> v : JsonFields.objects(item, "versions", path)) {
                String vpath = path + ".versions[" + j++ + "]";
                String version = JsonFields.string(v, "version", vpath);
                if (version == null || version.isEmpty()) {
                    continue;
                }
                versions.add(version);
                GroupVersion gv = GroupVersion.of(group, version);
                if ("Stale".equals(JsonFields.string(v, "freshness", vpath))) {
                    failures.put(gv, new KubeException("discovery of " + gv.apiVersion()
                            + " is stale: the server could not refresh it (is its aggregated API server down?)"));
                    continue;
                }
                resources.put(gv, resources(group, version, v, vpath));
            }
            if (!versions.isEmpty()) {
                groups.add(new ApiGroup(group, versions, versions.get(0)));
            }
        }
    }

    private static List<ApiResource> resources(String group, String version, Map<?, ?> v, String vpath) {
        List<ApiResource> out = new ArrayList<>();
        int k = 0;
        for (Map<?, ?> r : JsonFields.objects(v, "resources", vpath)) {
            String rpath = vpath + ".resources[" + k++ + "]";
            String name = JsonFields.string(r, "resource", rpath);
            if (name == null || name.isEmpty()) {
                continue;
            }
            GroupVersionKind kind = kind(r, group, version, rpath);
            List<ApiSubresource> subs = new ArrayList<>();
            int s = 0;
            for (Map<?, ?> sub : JsonFields.objects(r, "subresources", rpath)) {
                String spath = rpath + ".subresources[" + s++ + "]";
                String subName = JsonFields.string(sub, "subresource", spath);
                if (subName != null && !subName.isEmpty()) {
                    subs.add(new ApiSubresource(subName, kind(sub, group, version, spath),
                            JsonFields.strings(sub, "verbs", spath)));
                }
            }
            out.add(new ApiResource(group, version, name, JsonFields.string(r, "singularResource", rpath),
                    kind.kind(), "Namespaced".equals(JsonFields.string(r, "scope", rpath)),
                    JsonFields.strings(r, "verbs", rpath), JsonFields.strings(r, "shortNames", rpath),
                    JsonFields.strings(r, "categories", rpath), subs));
        }
        return out;
    }

    /** {@code responseKind}; its group and version default to the resource's, its kind to empty. */
    private static GroupVersionKind kind(Map<?, ?> r, String group, String version, String path) {
        Map<?, ?> rk = JsonFields.object(r, "responseKind", path);
        if (rk == null) {
            return GroupVersionKind.of(group, version, "");
        }
        String g = JsonFields.string(rk, "group", path + ".responseKind");
        String v = JsonFields.string(rk, "version", path + ".responseKind");
        String kind = JsonFields.string(rk, "kind", path + ".responseKind");
        return GroupVersionKind.of(g == null ? group : g, v == null || v.isEmpty() ? version : v,
                kind == null ? "" : kind);
    }
}
