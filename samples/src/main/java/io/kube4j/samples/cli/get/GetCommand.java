package io.kube4j.samples.cli.get;

import io.kube4j.client.ApiException;
import io.kube4j.client.ListOptions;
import io.kube4j.dynamic.Unstructured;
import io.kube4j.samples.cli.Args;
import io.kube4j.samples.cli.Command;
import io.kube4j.samples.cli.Durations;
import io.kube4j.samples.cli.Flag;
import io.kube4j.samples.cli.ResourceArgs;
import io.kube4j.samples.cli.ResourceArgs.Target;
import io.kube4j.samples.cli.Session;
import io.kube4j.samples.cli.UsageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code get <resource>[,<resource>] [name...] [-n ns | -A] [-l selector] [--field-selector s] [-o wide|json|yaml|name]
 * [-w]}: kubectl's requests (Table for humans, lists paged by 500), tables from the server's columns, and a
 * missing object reported with the server's message and exit code 1 after the objects that were found.
 */
public final class GetCommand implements Command {
    private static final Set<String> FORMATS = Set.of("", "wide", "json", "yaml", "name");

    @Override
    public String name() {
        return "get";
    }

    @Override
    public String usage() {
        return "get <resource>[,<resource>...] [name...] | <resource>/<name>... [flags]";
    }

    @Override
    public String summary() {
        return "Display one or many resources";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.bool("all-namespaces", "A", "list across all namespaces"),
                Flag.value("selector", "l", "label selector, e.g. app=web,tier!=db"),
                Flag.value("field-selector", null, "field selector, e.g. status.phase=Running"),
                Flag.value("output", "o", "wide, json, yaml or name"),
                Flag.bool("watch", "w", "after listing, watch for changes"),
                Flag.value("request-timeout", null, "with -w: end when the server closes the watch after this "
                        + "long (e.g. 30s, 5m); default: watch until interrupted"));
    }

    @Override
    public int run(Session s, Args a) {
        String output = a.value("output").orElse("");
        if (!FORMATS.contains(output)) {
            throw new UsageException("unable to match a printer suitable for the output format \"" + output
                    + "\", allowed formats are: json,name,wide,yaml");
        }
        List<Target> targets = ResourceArgs.resolve(s, a.positional());
        if (targets.isEmpty()) {
            throw new UsageException("you must specify the type of resource to get; 'kube4j-samples api-resources' "
                    + "lists them");
        }
        boolean all = a.flag("all-namespaces");
        boolean named = targets.stream().anyMatch(t -> !t.names().isEmpty());
        if (named && all) {
            throw new UsageException("a resource cannot be retrieved by name across all namespaces");
        }
        ListOptions selectors = ListOptions.builder().labelSelector(a.value("selector").orElse(null))
                .fieldSelector(a.value("field-selector").orElse(null)).build();
        if (named && (selectors.labelSelector() != null || selectors.fieldSelector() != null)) {
            throw new UsageException("name cannot be provided when a selector is specified");
        }
        String namespace = all ? null : s.namespace();
        boolean human = output.isEmpty() || output.equals("wide");
        if (a.flag("watch")) {
            return new GetWatcher(s, new Fetcher(s, human), output).run(targets, namespace, selectors,
                    a.value("request-timeout").map(Durations::seconds).orElse(null));
        }
        Fetcher fetcher = new Fetcher(s, human);
        List<Exception> errors = new ArrayList<>();
        int printed = human ? printTables(s, fetcher, targets, namespace, selectors, output.equals("wide"), errors)
                : printObjects(s, fetcher, targets, namespace, selectors, output, errors);
        if (printed == 0 && errors.isEmpty() && !output.equals("json") && !output.equals("yaml")) {
            boolean namespacedOnly = !all && targets.stream().allMatch(t -> t.mapping().namespaced());
            s.err().println(namespacedOnly ? "No resources found in " + s.namespace() + " namespace."
                    : "No resources found");
        }
        errors.forEach(s::report);
        return errors.isEmpty() ? 0 : 1;
    }

    private static int printTables(Session s, Fetcher fetcher, List<Target> targets, String namespace,
            ListOptions selectors, boolean wide, List<Exception> errors) {
        boolean withKind = targets.stream().map(t -> t.mapping().kind()).distinct().count() > 1;
        int printed = 0;
        for (Target t : targets) {
            List<Unstructured> answers = fetch(fetcher, t, namespace, selectors, errors);
            TablePrinter printer = new TablePrinter(s.out(), wide, namespace == null && t.mapping().namespaced(),
                    withKind ? t.kindName() : null);
            printed += printer.print(answers, true, printed > 0); // a blank line between the tables of kinds
        }
        return printed;
    }

    private static int printObjects(Session s, Fetcher fetcher, List<Target> targets, String namespace,
            ListOptions selectors, String output, List<Exception> errors) {
        List<Unstructured> objects = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Target t : targets) {
            for (Unstructured answer : fetch(fetcher, t, namespace, selectors, errors)) {
                List<Unstructured> items = t.names().isEmpty() ? Fetcher.asList(answer).items() : List.of(answer);
                objects.addAll(items);
                items.forEach(o -> names.add(ObjectPrinter.name(t.mapping(), o)));
            }
        }
        if (output.equals("name")) {
            names.forEach(s.out()::println);
        } else if (!objects.isEmpty() || errors.isEmpty()) {
            boolean single = targets.size() == 1 && targets.get(0).names().size() == 1;
            ObjectPrinter.print(s.out(), output, objects, single);
        }
        return objects.size();
    }

    /** The answers for one target: the list, or each named object (a missing one is an error, the rest go on). */
    private static List<Unstructured> fetch(Fetcher fetcher, Target t, String namespace, ListOptions selectors,
            List<Exception> errors) {
        if (t.names().isEmpty()) {
            return List.of(fetcher.list(t.mapping(), namespace, selectors));
        }
        List<Unstructured> answers = new ArrayList<>();
        for (String name : t.names()) {
            try {
                answers.add(fetcher.get(t.mapping(), namespace, name));
            } catch (ApiException e) {
                errors.add(e);
            }
        }
        return answers;
    }
}
