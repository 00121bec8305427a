package io.kube4j.codegen.spec;

import io.kube4j.codegen.model.Gvk;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The API resources of an OpenAPI document, read from its paths and their {@code x-kubernetes-action} and
 * {@code x-kubernetes-group-version-kind} extensions: each resource's kind, scope, verbs (named as in API
 * discovery) and subresources. Typed clients are generated from this table.
 */
public final class ResourceTable {
    /** One subresource, e.g. {@code status}, {@code scale}, {@code log}, {@code eviction}, {@code proxy}. */
    public record Subresource(String name, Gvk kind, SortedSet<String> verbs, boolean takesPath) {
    }

    /** One resource of a group-version. */
    public record Resource(String group, String version, String plural, Gvk kind, boolean namespaced,
            SortedSet<String> verbs, SortedMap<String, Subresource> subresources) {
        /** {@code /api/v1} or {@code /apis/<group>/<version>}. */
        public String apiPath() {
            return group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
        }
    }

    private ResourceTable() {
    }

    /** Every resource of the document, sorted by group, version and plural. */
    public static List<Resource> from(OpenAPI api) {
        Map<String, Builder> resources = new TreeMap<>();
        if (api.getPaths() == null) {
            return List.of();
        }
        for (Map.Entry<String, PathItem> e : new TreeMap<>(api.getPaths()).entrySet()) {
            Path path = Path.parse(e.getKey());
            if (path == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op : e.getValue().readOperationsMap().entrySet()) {
                Map<String, Object> ext = op.getValue().getExtensions();
                if (ext == null || !(ext.get("x-kubernetes-action") instanceof String action)) {
                    continue;
                }
                Gvk gvk = gvk(ext.get("x-kubernetes-group-version-kind"));
                String key = path.group + "/" + path.version + "/" + path.plural;
                Builder b = resources.computeIfAbsent(key, k -> new Builder(path.group, path.version, path.plural));
                b.namespaced |= path.namespaced;
                String verb = verb(action, op.getKey(), path);
                if (path.subresource == null) {
                    b.verbs.add(verb);
                    if (gvk != null && b.kind == null && !verb.equals("deletecollection")) {
                        b.kind = gvk;
                    }
                } else {
                    SubBuilder s = b.subresources.computeIfAbsent(path.subresource, SubBuilder::new);
                    s.verbs.add(verb);
                    s.takesPath |= path.withPath;
                    if (gvk != null && s.kind == null) {
                        s.kind = gvk;
                    }
                }
            }
        }
        List<Resource> out = new ArrayList<>();
        for (Builder b : resources.values()) {
            SortedMap<String, Subresource> subs = new TreeMap<>();
            b.subresources.forEach((name, s) -> subs.put(name,
                    new Subresource(name, s.kind, Collections.unmodifiableSortedSet(s.verbs), s.takesPath)));
            out.add(new Resource(b.group, b.version, b.plural, b.kind, b.namespaced,
                    Collections.unmodifiableSortedSet(b.verbs), Collections.unmodifiableSortedMap(subs)));
        }
        return List.copyOf(out);
    }

    /** Discovery's verb names; {@code connect} subresources record the HTTP method instead. */
    private static String verb(String action, PathItem.HttpMethod method, Path path) {
        switch (action) {
            case "post": return "create";
            case "put": return "update";
            case "watch":
            case "watchlist": return "watch";
            case "connect": return "connect:" + method.name();
            default: return action; // get, list, patch, delete, deletecollection
        }
    }

    private static Gvk gvk(Object ext) {
        if (ext instanceof Map<?, ?> m) {
            return new Gvk(String.valueOf(m.get("group")), String.valueOf(m.get("version")),
                    String.valueOf(m.get("kind")));
        }
        return null;
    }

    /** A resource path split into its parts; {@code null} for discovery and other non-resource paths. */
    private record Path(String group, String version, boolean namespaced, String plural, String subresource,
            boolean withPath) {
        static Path parse(String raw) {
            List<String> s = new ArrayList<>(Arrays.asList(raw.replaceAll("^/+|/+$", "").split("/")));
            String group;
            String version;
            if (s.size() >= 3 && s.get(0).equals("api")) {
                group = "";
                version = s.get(1);
                s = s.subList(2, s.size());
            } else if (s.size() >= 4 && s.get(0).equals("apis")) {
                group = s.get(1);
                version = s.get(2);
                s = s.subList(3, s.size());
            } else {
                return null;
            }
            if (!s.isEmpty() && s.get(0).equals("watch")) {
                s = s.subList(1, s.size());
            }
            boolean namespaced = s.size() >= 3 && s.get(0).equals("namespaces") && s.get(1).equals("{namespace}");
            if (namespaced) {
                s = s.subList(2, s.size());
            }
            if (s.isEmpty() || s.get(0).startsWith("{") || s.size() > 4 || s.size() >= 2 && !s.get(1).equals("{name}")) {
                return null;
            }
            String sub = s.size() >= 3 ? s.get(2) : null;
            boolean withPath = s.size() == 4;
            return new Path(group, version, namespaced, s.get(0), sub, withPath);
        }
    }

    private static final class Builder {
        final String group;
        final String version;
        final String plural;
        Gvk kind;
        boolean namespaced;
        final SortedSet<String> verbs = new TreeSet<>();
        final SortedMap<String, SubBuilder> subresources = new TreeMap<>();

        Builder(String group, String version, String plural) {
            this.group = group;
            this.version = version;
            this.plural = plural;
        }
    }

    private static final class SubBuilder {
        final String name;
        Gvk kind;
        boolean takesPath;
        final SortedSet<String> verbs = new TreeSet<>();

        SubBuilder(String name) {
            this.name = name;
        }
    }
}
