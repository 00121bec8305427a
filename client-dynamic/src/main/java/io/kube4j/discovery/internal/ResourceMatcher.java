package io.kube4j.discovery.internal;

import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.api.schema.GroupVersionResource;
import io.kube4j.discovery.ApiResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Matching of kinds and (partial) resource names against discovered resources, which come in the server's
 * priority order; every method returns matches in that order. A few hundred resources: a linear scan is fine.
 */
public final class ResourceMatcher {
    private ResourceMatcher() {
    }

    /** Resources serving exactly this group, version and kind. */
    public static List<ApiResource> byKind(List<ApiResource> all, GroupVersionKind gvk) {
        List<ApiResource> out = new ArrayList<>();
        for (ApiResource r : all) {
            if (r.group().equals(gvk.group()) && r.version().equals(gvk.version()) && r.kind().equals(gvk.kind())) {
                out.add(r);
            }
        }
        return out;
    }

    /** Resources of the group (exactly; {@code ""} is core) serving the kind, in every version. */
    public static List<ApiResource> byGroupKind(List<ApiResource> all, String group, String kind) {
        List<ApiResource> out = new ArrayList<>();
        for (ApiResource r : all) {
            if (r.group().equals(group) && r.kind().equals(kind)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Resources matching a partial GVR: an empty group or version matches any; the resource name matches the
     * plural, singular or a short name, ignoring case.
     */
    public static List<ApiResource> byPartialResource(List<ApiResource> all, GroupVersionResource partial) {
        String name = partial.resource().toLowerCase(Locale.ROOT);
        List<ApiResource> out = new ArrayList<>();
        for (ApiResource r : all) {
            if (groupVersionMatches(r, partial.group(), partial.version()) && namedBy(r, name)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Resources whose kind matches {@code kind} ignoring case; empty group or version match any. */
    public static List<ApiResource> byPartialKind(List<ApiResource> all, String group, String version, String kind) {
        List<ApiResource> out = new ArrayList<>();
        for (ApiResource r : all) {
            if (groupVersionMatches(r, group, version) && r.kind().equalsIgnoreCase(kind)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * kubectl's resource-or-kind argument: {@code pods}, {@code po}, {@code Pod}, {@code deployments.apps},
     * {@code deployments.v1.apps}, {@code Deployment.apps}, {@code deployment.v1.apps}. Fully qualified forms
     * are tried first, then {@code name.group}, then the bare name in any group.
     */
    public static List<ApiResource> byArgument(List<ApiResource> all, String arg) {
        int first = arg.indexOf('.');
        int second = first < 0 ? -1 : arg.indexOf('.', first + 1);
        if (second > 0) {
            String name = arg.substring(0, first);
            String version = arg.substring(first + 1, second);
            String group = arg.substring(second + 1);
            List<ApiResource> found = byNameOrKind(all, group, version, name, true);
            if (!found.isEmpty()) {
                return found;
            }
        }
        if (first > 0) {
            List<ApiResource> found = byNameOrKind(all, arg.substring(first + 1), "", arg.substring(0, first), true);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return byNameOrKind(all, "", "", arg, false);
    }

    private static List<ApiResource> byNameOrKind(List<ApiResource> all, String group, String version, String name,
            boolean exactGroup) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<ApiResource> out = new ArrayList<>();
        for (ApiResource r : all) {
            boolean groupOk = exactGroup ? r.group().equals(group) : group.isEmpty() || r.group().equals(group);
            if (groupOk && (version.isEmpty() || r.version().equals(version))
                    && (namedBy(r, lower) || r.kind().equalsIgnoreCase(name))) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean groupVersionMatches(ApiResource r, String group, String version) {
        return (group.isEmpty() || r.group().equals(group)) && (version.isEmpty() || r.version().equals(version));
    }

    private static boolean namedBy(ApiResource r, String lowerName) {
        if (r.name().equalsIgnoreCase(lowerName) || r.singularName().equalsIgnoreCase(lowerName)) {
            return true;
        }
        for (String s : r.shortNames()) {
            if (s.equalsIgnoreCase(lowerName)) {
                return true;
            }
        }
        return false;
    }
}
