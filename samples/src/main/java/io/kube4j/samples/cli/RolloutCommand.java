package io.kube4j.samples.cli;

import io.kube4j.api.apps.v1.Deployment;
import io.kube4j.api.apps.v1.DeploymentCondition;
import io.kube4j.api.apps.v1.DeploymentStatus;
import io.kube4j.client.ListOptions;
import io.kube4j.client.Watch;
import io.kube4j.client.WatchEvent;
import io.kube4j.dynamic.DynamicResourceClient;
import io.kube4j.dynamic.Unstructured;
import io.kube4j.dynamic.UnstructuredConverter;
import io.kube4j.dynamic.UnstructuredList;
import io.kube4j.samples.cli.ResourceArgs.Target;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code rollout status deployment/<name> [--timeout=5m] [--watch=false]}: like kubectl, a GET of the deployment,
 * then a list and watch of just that name ({@code fieldSelector=metadata.name=<name>}) printing kubectl's status
 * messages until the rollout is complete. On a terminal the progress is one line, redrawn in place.
 */
public final class RolloutCommand implements Command {
    /** A status message and whether the rollout is complete. */
    record Status(String message, boolean done) {
    }

    @Override
    public String name() {
        return "rollout";
    }

    @Override
    public String usage() {
        return "rollout status (deployment/<name> | deployment <name>) [--timeout=5m] [--watch=false]";
    }

    @Override
    public String summary() {
        return "Show the status of the rollout of a deployment (rollout status)";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("timeout", null, "give up after this long (e.g. 2m; default: wait forever)"),
                Flag.value("watch", "w", "false: print the status once and exit"));
    }

    @Override
    public int run(Session s, Args a) {
        List<String> args = a.positional();
        if (args.isEmpty() || !args.get(0).equals("status")) {
            throw new UsageException("only 'rollout status' is implemented");
        }
        Target t = ResourceArgs.single(s, args.subList(1, args.size()), "rollout status");
        if (!t.mapping().kind().kind().equals("Deployment") || !t.mapping().kind().group().equals("apps")) {
            throw new UsageException("no status viewer has been implemented for " + t.kindName());
        }
        String name = t.names().get(0);
        DynamicResourceClient deployments = s.client(t.mapping(), s.namespace());
        deployments.get(name); // kubectl reads it first: NotFound is reported before any watch
        boolean watch = !a.value("watch").orElse("true").equals("false");
        Instant deadline = a.value("timeout").map(d -> Instant.now().plusSeconds(Durations.seconds(d))).orElse(null);
        Progress progress = new Progress(s);
        ListOptions byName = ListOptions.fieldSelector("metadata.name=" + name);
        while (true) {
            UnstructuredList list = deployments.list(byName);
            if (list.items().isEmpty()) {
                throw new IllegalStateException("deployment \"" + name + "\" not found");
            }
            Status st = status(list.items().get(0));
            progress.show(st);
            if (st.done() || !watch) {
                return progress.end(0);
            }
            ListOptions.Builder w = byName.toBuilder().resourceVersion(list.resourceVersion()).allowWatchBookmarks(true);
            if (deadline != null) {
                long left = Duration.between(Instant.now(), deadline).getSeconds();
                if (left <= 0) {
                    progress.end(1);
                    throw new IllegalStateException("timed out waiting for the condition");
                }
                w.timeoutSeconds(left);
            }
            try (Watch<Unstructured> events = deployments.watch(w.build())) {
                for (WatchEvent<Unstructured> e : events) {
                    switch (e.type()) {
                        case ADDED, MODIFIED -> {
                            Status now = status(e.object());
                            progress.show(now);
                            if (now.done()) {
                                return progress.end(0);
                            }
                        }
                        case DELETED -> {
                            progress.end(1);
                            throw new IllegalStateException("object has been deleted");
                        }
                        default -> { } // bookmarks; an ERROR (e.g. 410) ends the watch: list again
                    }
                }
            }
        }
    }

    /** kubectl's deployment status viewer: the same checks in the same order, the same messages. */
    static Status status(Unstructured object) {
        Deployment d = UnstructuredConverter.toTyped(object, Deployment.class);
        String name = d.metadata().name();
        DeploymentStatus st = d.status() == null ? DeploymentStatus.builder().build() : d.status();
        long generation = d.metadata().generation() == null ? 0 : d.metadata().generation();
        long observed = st.observedGeneration() == null ? 0 : st.observedGeneration();
        if (generation > observed) {
            return new Status("Waiting for deployment spec update to be observed...", false);
        }
        for (DeploymentCondition c : st.conditions()) {
            if ("Progressing".equals(c.type()) && "ProgressDeadlineExceeded".equals(c.reason())) {
                throw new IllegalStateException("deployment \"" + name + "\" exceeded its progress deadline");
            }
        }
        int desired = d.spec() == null || d.spec().replicas() == null ? 1 : d.spec().replicas();
        int updated = zero(st.updatedReplicas());
        int replicas = zero(st.replicas());
        int available = zero(st.availableReplicas());
        String waiting = "Waiting for deployment \"" + name + "\" rollout to finish: ";
        if (updated < desired) {
            return new Status(waiting + updated + " out of " + desired + " new replicas have been updated...", false);
        }
        if (replicas > updated) {
            return new Status(waiting + (replicas - updated) + " old replicas are pending termination...", false);
        }
        if (available < updated) {
            return new Status(waiting + available + " of " + updated + " updated replicas are available...", false);
        }
        return new Status("deployment \"" + name + "\" successfully rolled out", true);
    }

    private static int zero(Integer i) {
        return i == null ? 0 : i;
    }

    /** Prints each new message: a line each, or on a terminal one line redrawn in place. */
    private static final class Progress {
        private final Session session;
        private String last;

        Progress(Session session) {
            this.session = session;
        }

        void show(Status st) {
            if (st.message().equals(last)) {
                return;
            }
            last = st.message();
            if (session.console().interactive()) {
                session.out().print("\r\033[K" + st.message() + (st.done() ? "\n" : ""));
            } else {
                session.out().println(st.message());
            }
            session.out().flush();
        }

        int end(int code) {
            if (session.console().interactive() && last != null && !last.endsWith("rolled out")) {
                session.out().println();
            }
            return code;
        }
    }
}
