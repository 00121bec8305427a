package io.kube4j.samples.cli;

import io.kube4j.api.core.v1.Container;
import io.kube4j.api.core.v1.Pod;
import io.kube4j.client.ListOptions;
import io.kube4j.client.LogOptions;
import io.kube4j.client.core.v1.CoreV1Client;
import io.kube4j.client.core.v1.PodClient;
import io.kube4j.dynamic.Unstructured;
import io.kube4j.samples.cli.ResourceArgs.Target;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code logs [-f] [--tail=N] [-c container] (pod | pod/name | deployment/name ...)}: like kubectl, a GET of the
 * pod (or of the owner and a list of its pods by selector, using the oldest), the container defaulted from the
 * {@code kubectl.kubernetes.io/default-container} annotation or the first one, then
 * {@code GET .../pods/<name>/log?container=...} streamed to the output.
 */
public final class LogsCommand implements Command {
    private static final String DEFAULT_CONTAINER = "kubectl.kubernetes.io/default-container";

    @Override
    public String name() {
        return "logs";
    }

    @Override
    public String usage() {
        return "logs [-f] [--tail=N] [-c container] [--timestamps] [--since=5m] [-p] (<pod> | <resource>/<name>)";
    }

    @Override
    public String summary() {
        return "Print the logs for a container in a pod";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.bool("follow", "f", "stream the logs"),
                Flag.value("tail", null, "lines of recent log to show (default: all)"),
                Flag.value("container", "c", "the container (default: the pod's default or first container)"),
                Flag.bool("timestamps", null, "prefix each line with its timestamp"),
                Flag.value("since", null, "only logs newer than this, e.g. 10s, 5m, 1h"),
                Flag.bool("previous", "p", "the logs of the previous instance of the container"),
                Flag.value("limit-bytes", null, "at most this many bytes"));
    }

    @Override
    public int run(Session s, Args a) throws IOException {
        List<String> args = a.positional();
        if (args.isEmpty() || args.size() > 2) {
            throw new UsageException("expected POD or TYPE/NAME (and optionally a container)");
        }
        PodClient pods = new CoreV1Client(s.rest()).pods(s.namespace());
        Pod pod = args.get(0).contains("/") ? podOf(s, args.get(0), pods) : pods.get(args.get(0));
        String container = a.value("container").orElse(args.size() == 2 ? args.get(1) : null);
        if (container == null) {
            container = defaultContainer(s, pod);
        }
        LogOptions.Builder options = LogOptions.builder().container(container).follow(a.flag("follow"))
                .timestamps(a.flag("timestamps")).previous(a.flag("previous"));
        a.longValue("tail").filter(n -> n >= 0).ifPresent(options::tailLines);
        a.value("since").map(Durations::seconds).ifPresent(options::sinceSeconds);
        a.longValue("limit-bytes").ifPresent(options::limitBytes);
        try (InputStream logs = pods.logs(pod.metadata().name(), options.build())) {
            byte[] buffer = new byte[8192];
            for (int n; (n = logs.read(buffer)) >= 0; ) {
                s.out().write(buffer, 0, n);
                s.out().flush(); // with -f, lines appear as they come
            }
        }
        return 0;
    }

    /** {@code pod/name}, or the oldest pod selected by a workload's {@code spec.selector.matchLabels}. */
    private static Pod podOf(Session s, String typeAndName, PodClient pods) {
        Target t = ResourceArgs.single(s, List.of(typeAndName), "logs");
        String name = t.names().get(0);
        if (t.mapping().kind().kind().equals("Pod") && t.mapping().kind().group().isEmpty()) {
            return pods.get(name);
        }
        Unstructured owner = s.client(t.mapping(), s.namespace()).get(name);
        Map<String, String> labels = owner.getNestedStringMap("spec", "selector", "matchLabels")
                .orElseThrow(() -> new IllegalArgumentException("cannot get the logs from " + t.kindName()
                        + ": it has no spec.selector.matchLabels"));
        String selector = labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
        List<Pod> found = pods.list(ListOptions.labelSelector(selector)).items().stream()
                .sorted(Comparator.comparing(p -> p.metadata().creationTimestamp(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        if (found.isEmpty()) {
            throw new IllegalStateException("no pods found for " + t.kindName() + "/" + name);
        }
        if (found.size() > 1) {
            s.err().println("Found " + found.size() + " pods, using pod/" + found.get(0).metadata().name());
        }
        return found.get(0);
    }

    private static String defaultContainer(Session s, Pod pod) {
        List<Container> containers = pod.spec().containers();
        String annotated = pod.metadata().annotations().get(DEFAULT_CONTAINER);
        if (annotated != null && containers.stream().anyMatch(c -> c.name().equals(annotated))) {
            return annotated;
        }
        if (containers.isEmpty()) {
            throw new IllegalStateException("pod " + pod.metadata().name() + " has no containers");
        }
        String first = containers.get(0).name();
        if (containers.size() > 1 || !pod.spec().initContainers().isEmpty()) {
            String all = containers.stream().map(Container::name).collect(Collectors.joining(", "));
            s.err().println("Defaulted container \"" + first + "\" out of: " + all);
        }
        return first;
    }
}
