package io.kube4j.samples.cli.get;

import io.kube4j.client.ListOptions;
import io.kube4j.client.Watch;
import io.kube4j.client.WatchEvent;
import io.kube4j.dynamic.Unstructured;
import io.kube4j.samples.cli.ResourceArgs.Target;
import io.kube4j.samples.cli.Session;
import io.kube4j.samples.cli.UsageException;
import java.util.List;
import java.util.Map;

/**
 * {@code get -w}, as kubectl does it: list (or get the one named object) and print, then watch from the list's
 * resourceVersion (a named object: {@code fieldSelector=metadata.name=<name>} from {@code resourceVersion=0},
 * skipping the synthetic first ADDED) and print each change as a row aligned with the table. Unlike kubectl,
 * a watch the server ends is resumed from the last resourceVersion seen; with {@code --request-timeout} the
 * command ends when the server closes the watch.
 */
final class GetWatcher {
    private final Session session;
    private final Fetcher fetcher;
    private final String output;

    GetWatcher(Session session, Fetcher fetcher, String output) {
        this.session = session;
        this.fetcher = fetcher;
        this.output = output;
    }

    int run(List<Target> targets, String namespace, ListOptions selectors, Long timeoutSeconds) {
        if (targets.size() != 1 || targets.get(0).names().size() > 1) {
            throw new UsageException("you may only watch a single resource or type of resource at a time");
        }
        Target t = targets.get(0);
        String name = t.names().isEmpty() ? null : t.names().get(0);
        TablePrinter table = new TablePrinter(session.out(), output.equals("wide"),
                namespace == null && t.mapping().namespaced(), null);
        Unstructured first = name == null ? fetcher.list(t.mapping(), namespace, selectors)
                : fetcher.get(t.mapping(), namespace, name);
        boolean header = print(t, table, first, true) == 0; // still owed when the list was empty
        // A list's resourceVersion is "now"; a single object's may be too old to watch from, so kubectl starts
        // at 0 (the server then sends the object again as a synthetic ADDED, which is not printed twice).
        String rv = name == null ? first.getNestedString("metadata", "resourceVersion").orElse("0") : "0";
        boolean skipNext = name != null;
        ListOptions.Builder options = (name == null ? selectors.toBuilder()
                : ListOptions.builder().fieldSelector("metadata.name=" + name));
        if (timeoutSeconds != null) {
            options.timeoutSeconds(timeoutSeconds);
        }
        while (true) {
            ListOptions watchOptions = options.resourceVersion(rv).build();
            try (Watch<Unstructured> watch = fetcher.request(t.mapping(), namespace, null)
                    .params(watchOptions.toQueryParams()).watch(Unstructured.class)) {
                for (WatchEvent<Unstructured> e : watch) {
                    if (e.isError()) {
                        throw e.toException("watch " + t.mapping().resource()).orElseThrow();
                    }
                    rv = resourceVersion(e.object(), rv);
                    if (skipNext) {
                        skipNext = false;
                    } else if (print(t, table, e.object(), header) > 0) {
                        header = false;
                    }
                }
            }
            if (timeoutSeconds != null) {
                return 0;
            }
        }
    }

    /** Prints the object(s) of an answer; returns how many. */
    private int print(Target t, TablePrinter table, Unstructured answer, boolean header) {
        int printed;
        if (output.isEmpty() || output.equals("wide")) {
            printed = table.print(List.of(answer), header);
        } else {
            List<Unstructured> objects = answer.getNestedList("items").isPresent()
                    ? Fetcher.asList(answer).items() : List.of(answer);
            for (Unstructured o : objects) {
                if (output.equals("name")) {
                    session.out().println(ObjectPrinter.name(t.mapping(), o));
                } else {
                    ObjectPrinter.print(session.out(), output, List.of(o), true);
                }
            }
            printed = objects.size();
        }
        session.out().flush();
        return printed;
    }

    /** The resourceVersion of an event's object; a Table event carries it in its row's object metadata. */
    private static String resourceVersion(Unstructured o, String previous) {
        if ("Table".equals(o.kind())) {
            List<Object> rows = o.getNestedList("rows").orElse(List.of());
            if (!rows.isEmpty() && rows.get(0) instanceof Map<?, ?> row && row.get("object") instanceof Map<?, ?> obj
                    && obj.get("metadata") instanceof Map<?, ?> meta && meta.get("resourceVersion") instanceof String rv) {
                return rv;
            }
            return o.getNestedString("metadata", "resourceVersion").orElse(previous);
        }
        String rv = o.resourceVersion();
        return rv == null || rv.isEmpty() ? previous : rv;
    }
}
