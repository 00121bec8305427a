package io.kube4j.discovery;

import io.kube4j.api.schema.GroupKind;
import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.api.schema.GroupVersionResource;
import io.kube4j.discovery.internal.ResourceMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Maps kinds to resources and back using discovery (client-go's deferred discovery {@code RESTMapper}):
 * exact GVK → GVR and scope, a group and kind to its preferred version, and partial matches by plural,
 * singular or short name, or by kind. Matches come in the server's priority order (group order, then version
 * preference). On a miss discovery is refreshed once and the lookup retried, so a CRD established a moment
 * ago is found; concurrent misses share one refresh. Thread-safe.
 */
public final class RestMapper {
    private final DiscoveryClient discovery;

    private RestMapper(DiscoveryClient discovery) {
        this.discovery = Objects.requireNonNull(discovery, "discovery");
    }

    /** A mapper over {@code discovery}'s cache. */
    public static RestMapper create(DiscoveryClient discovery) {
        return new RestMapper(discovery);
    }

    public DiscoveryClient discovery() {
        return discovery;
    }

    /** The mapping of exactly this kind. @throws NoMatchException when the server does not serve it */
    public RestMapping mapping(GroupVersionKind gvk) {
        return findMapping(gvk).orElseThrow(() -> noMatch(gvk.toString(), "no resource serves kind " + gvk));
    }

    /** The mapping of exactly this kind, or empty when the server does not serve it (after one refresh). */
    public Optional<RestMapping> findMapping(GroupVersionKind gvk) {
        Objects.requireNonNull(gvk, "gvk");
        return first(all -> ResourceMatcher.byKind(all, gvk));
    }

    /**
     * The mapping of a group and kind in the first of {@code versions} the server serves, or in the group's
     * preferred version when none are given. The group is exact: {@code ""} is the core group.
     *
     * @throws NoMatchException when none matches
     */
    public RestMapping mapping(GroupKind groupKind, String... versions) {
        Objects.requireNonNull(groupKind, "groupKind");
        String query = groupKind + (versions.length == 0 ? "" : " in versions " + String.join(", ", versions));
        return first(all -> {
            List<ApiResource> found = ResourceMatcher.byGroupKind(all, groupKind.group(), groupKind.kind());
            for (String v : versions) {
                List<ApiResource> inVersion = found.stream().filter(r -> r.version().equals(v))
                        .collect(Collectors.toList());
                if (!inVersion.isEmpty()) {
                    return inVersion;
                }
            }
            return versions.length == 0 ? found : List.of();
        }).orElseThrow(() -> noMatch(query, "no resource serves kind " + query));
    }

    /** Every mapping of a group and kind, one per served version, preferred first (empty when none). */
    public List<RestMapping> mappings(GroupKind groupKind) {
        Objects.requireNonNull(groupKind, "groupKind");
        return all(all -> ResourceMatcher.byGroupKind(all, groupKind.group(), groupKind.kind()));
    }

    /**
     * The best match of a partial resource: an empty group or version matches any; the resource may be the
     * plural, the singular or a short name ({@code deploy}).
     *
     * @throws NoMatchException when none matches
     */
    public RestMapping mappingFor(GroupVersionResource partial) {
        Objects.requireNonNull(partial, "partial");
        return first(all -> ResourceMatcher.byPartialResource(all, partial))
                .orElseThrow(() -> noMatch(partial.toString(), "no resource matches " + partial));
    }

    /** Every match of a partial resource, in priority order. */
    public List<RestMapping> mappingsFor(GroupVersionResource partial) {
        Objects.requireNonNull(partial, "partial");
        return all(all -> ResourceMatcher.byPartialResource(all, partial));
    }

    /** The resource of the best match of a partial resource. @throws NoMatchException when none matches */
    public GroupVersionResource resourceFor(GroupVersionResource partial) {
        return mappingFor(partial).resource();
    }

    /** The kind of the best match of a partial resource. @throws NoMatchException when none matches */
    public GroupVersionKind kindFor(GroupVersionResource partial) {
        return mappingFor(partial).kind();
    }

    /**
     * The best match of a kind with an optional group and version ({@code ""} for any), ignoring case:
     * {@code mappingForKind("", "", "deployment")}.
     *
     * @throws NoMatchException when none matches
     */
    public RestMapping mappingForKind(String group, String version, String kind) {
        String query = kind + (group.isEmpty() ? "" : "." + group) + (version.isEmpty() ? "" : " " + version);
        return first(all -> ResourceMatcher.byPartialKind(all, group, version, kind))
                .orElseThrow(() -> noMatch(query, "no resource serves a kind matching " + query));
    }

    /**
     * kubectl's resource-or-kind argument: {@code po}, {@code pods}, {@code Pod}, {@code deployments.apps},
     * {@code deployments.v1.apps}, {@code crontabs.stable.example.com}, {@code CronTab}.
     *
     * @throws NoMatchException when none matches
     */
    public RestMapping mappingFor(String resourceOrKind) {
        if (resourceOrKind == null || resourceOrKind.isBlank()) {
            throw new IllegalArgumentException("a resource or kind name is required");
        }
        String arg = resourceOrKind.trim();
        return first(all -> ResourceMatcher.byArgument(all, arg))
                .orElseThrow(() -> noMatch(arg, "the server doesn't have a resource type \"" + arg + "\""));
    }

    /** Forgets discovery, so the next lookup asks the server. */
    public void reset() {
        discovery.invalidate();
    }

    private Optional<RestMapping> first(Function<List<ApiResource>, List<ApiResource>> match) {
        List<RestMapping> found = all(match);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Matches against the cached snapshot; on a miss refreshes once (single flight) and matches again. */
    private List<RestMapping> all(Function<List<ApiResource>, List<ApiResource>> match) {
        ServerResources seen = discovery.resources();
        List<ApiResource> found = match.apply(seen.allResources());
        if (found.isEmpty()) {
            found = match.apply(discovery.refreshAfter(seen).allResources());
        }
        List<RestMapping> out = new ArrayList<>(found.size());
        for (ApiResource r : found) {
            out.add(RestMapping.of(r));
        }
        return out;
    }

    private NoMatchException noMatch(String query, String message) {
        ServerResources r = discovery.resources();
        if (!r.isComplete()) {
            message += " (discovery failed for " + r.failures().keySet().stream().map(gv -> gv.apiVersion())
                    .collect(Collectors.joining(", ")) + ")";
        }
        return new NoMatchException(query, message);
    }

    @Override
    public String toString() {
        return "RestMapper{" + discovery + "}";
    }
}
