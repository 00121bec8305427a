package io.kube4j.discovery.internal;

import io.kube4j.api.meta.v1.APIGroup;
import io.kube4j.api.meta.v1.APIGroupList;
import io.kube4j.api.meta.v1.APIResource;
import io.kube4j.api.meta.v1.APIResourceList;
import io.kube4j.api.meta.v1.APIVersions;
import io.kube4j.api.meta.v1.GroupVersionForDiscovery;
import io.kube4j.api.schema.GroupVersion;
import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.discovery.ApiGroup;
import io.kube4j.discovery.ApiResource;
import io.kube4j.discovery.ApiSubresource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts the legacy discovery documents ({@code /api} APIVersions, {@code /apis} APIGroupList, and one
 * APIResourceList per group-version) to and from kube4j's discovery types. The legacy form lists subresources
 * as separate {@code pods/status} entries; here they are folded into their resource. The same documents are
 * the disk cache's format, as kubectl's.
 */
public final class LegacyDiscovery {
    private LegacyDiscovery() {
    }

    /** The core group from {@code /api}. */
    public static ApiGroup coreGroup(APIVersions versions) {
        List<String> vs = versions.versions();
        return new ApiGroup("", vs, vs.isEmpty() ? "" : vs.get(0));
    }

    /** The groups from {@code /apis}, each with its preferred version first. */
    public static List<ApiGroup> groups(APIGroupList list) {
        List<ApiGroup> out = new ArrayList<>();
        for (APIGroup g : list.groups()) {
            List<String> versions = new ArrayList<>();
            String preferred = g.preferredVersion() == null ? null : g.preferredVersion().version();
            if (preferred != null && !preferred.isEmpty()) {
                versions.add(preferred);
            }
            for (GroupVersionForDiscovery v : g.versions()) {
                if (v.version() != null && !v.version().isEmpty() && !versions.contains(v.version())) {
                    versions.add(v.version());
                }
            }
            if (!versions.isEmpty()) {
                out.add(new ApiGroup(g.name() == null ? "" : g.name(), versions, versions.get(0)));
            }
        }
        return out;
    }

    /** The resources of one group-version, subresources folded into their resource. */
    public static List<ApiResource> resources(GroupVersion gv, APIResourceList list) {
        Map<String, APIResource> main = new LinkedHashMap<>();
        Map<String, List<ApiSubresource>> subs = new LinkedHashMap<>();
        for (APIResource r : list.resources()) {
            String name = r.name();
            if (name == null || name.isEmpty()) {
                continue;
            }
            int slash = name.indexOf('/');
            if (slash < 0) {
                main.put(name, r);
            } else {
                GroupVersionKind kind = GroupVersionKind.of(r.group() == null ? gv.group() : r.group(),
                        r.version() == null || r.version().isEmpty() ? gv.version() : r.version(),
                        r.kind() == null ? "" : r.kind());
                subs.computeIfAbsent(name.substring(0, slash), k -> new ArrayList<>())
                        .add(new ApiSubresource(name.substring(slash + 1), kind, r.verbs()));
            }
        }
        List<ApiResource> out = new ArrayList<>();
        for (APIResource r : main.values()) {
            out.add(new ApiResource(gv.group(), gv.version(), r.name(), r.singularName(),
                    r.kind() == null ? "" : r.kind(), Boolean.TRUE.equals(r.namespaced()), r.verbs(),
                    r.shortNames(), r.categories(), subs.getOrDefault(r.name(), List.of())));
        }
        return out;
    }

    /** The groups as an APIGroupList (the core group included, named {@code ""}, as kubectl's cache has it). */
    public static APIGroupList toGroupList(List<ApiGroup> groups) {
        APIGroupList.Builder b = APIGroupList.builder().apiVersion("v1").kind("APIGroupList");
        for (ApiGroup g : groups) {
            b.addGroup(x -> {
                x.name(g.name());
                for (String v : g.versions()) {
                    x.addVersion(gvd(g.name(), v));
                }
                x.preferredVersion(gvd(g.name(), g.preferredVersion()));
            });
        }
        return b.build();
    }

    private static GroupVersionForDiscovery gvd(String group, String version) {
        return GroupVersionForDiscovery.builder().groupVersion(GroupVersion.of(group, version).apiVersion())
                .version(version).build();
    }

    /** The resources of one group-version as an APIResourceList, subresources as {@code name/sub} entries. */
    public static APIResourceList toResourceList(GroupVersion gv, List<ApiResource> resources) {
        APIResourceList.Builder b = APIResourceList.builder().apiVersion("v1").kind("APIResourceList")
                .groupVersion(gv.apiVersion());
        for (ApiResource r : resources) {
            b.addResource(x -> x.name(r.name()).singularName(r.singularName()).namespaced(r.namespaced())
                    .kind(r.kind()).verbs(r.verbs()).shortNames(r.shortNames()).categories(r.categories()));
            for (ApiSubresource s : r.subresources()) {
                b.addResource(x -> {
                    x.name(r.name() + "/" + s.name()).singularName("").namespaced(r.namespaced())
                            .kind(s.kind().kind()).verbs(s.verbs());
                    if (!s.kind().group().equals(gv.group()) || !s.kind().version().equals(gv.version())) {
                        x.group(s.kind().group()).version(s.kind().version());
                    }
                });
            }
        }
        return b.build();
    }
}
