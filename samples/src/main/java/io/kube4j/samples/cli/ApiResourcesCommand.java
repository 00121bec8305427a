package io.kube4j.samples.cli;

import io.kube4j.discovery.ApiResource;
import io.kube4j.discovery.ServerResources;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code api-resources}: the resources of each group's preferred version, sorted by group like kubectl, with
 * their short names, API version, scope and kind ({@code -o wide}: also verbs and categories).
 */
public final class ApiResourcesCommand implements Command {
    @Override
    public String name() {
        return "api-resources";
    }

    @Override
    public String usage() {
        return "api-resources [--api-group g] [--namespaced=true|false] [-o wide|name]";
    }

    @Override
    public String summary() {
        return "Print the supported API resources on the server";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("api-group", null, "only this group (\"\" for core)"),
                Flag.value("namespaced", null, "true: only namespaced resources, false: only cluster-scoped"),
                Flag.value("output", "o", "wide or name"));
    }

    @Override
    public int run(Session s, Args a) {
        String output = a.value("output").orElse("");
        if (!List.of("", "wide", "name").contains(output)) {
            throw new UsageException("--output must be wide or name, got \"" + output + "\"");
        }
        ServerResources discovered = s.mapper().discovery().refresh();
        List<ApiResource> resources = new ArrayList<>();
        for (ApiResource r : discovered.preferredResources()) {
            boolean groupOk = a.value("api-group").map(g -> g.equals(r.group())).orElse(true);
            boolean scopeOk = a.value("namespaced").map(n -> Boolean.parseBoolean(n) == r.namespaced()).orElse(true);
            if (!r.verbs().isEmpty() && groupOk && scopeOk) {
                resources.add(r);
            }
        }
        resources.sort(Comparator.comparing(ApiResource::group)); // stable: the server's order within a group
        if (output.equals("name")) {
            resources.forEach(r -> s.out().println(r.group().isEmpty() ? r.name() : r.name() + "." + r.group()));
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"));
        if (output.equals("wide")) {
            header.addAll(List.of("VERBS", "CATEGORIES"));
        }
        rows.add(header);
        for (ApiResource r : resources) {
            List<String> row = new ArrayList<>(List.of(r.name(), String.join(",", r.shortNames()),
                    r.group().isEmpty() ? r.version() : r.group() + "/" + r.version(),
                    Boolean.toString(r.namespaced()), r.kind()));
            if (output.equals("wide")) {
                row.addAll(List.of("[" + String.join(" ", r.verbs()) + "]", String.join(",", r.categories())));
            }
            rows.add(row);
        }
        new TextTable().print(s.out(), rows);
        discovered.failures().forEach((gv, e) -> s.err().println("error: unable to retrieve the complete list of "
                + "server APIs: " + gv.apiVersion() + ": " + e.getMessage()));
        return discovered.isComplete() ? 0 : 1;
    }
}
