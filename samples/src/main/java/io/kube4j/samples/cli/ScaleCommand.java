package io.kube4j.samples.cli;

import io.kube4j.client.PatchType;
import io.kube4j.dynamic.DynamicResourceClient;
import io.kube4j.dynamic.Unstructured;
import io.kube4j.samples.cli.ResourceArgs.Target;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code scale --replicas=N <resource>/<name>}: like kubectl, a GET of the object, then a merge patch of its
 * {@code scale} subresource ({@code {"spec":{"replicas":N}}}); with {@code --current-replicas} or
 * {@code --resource-version} a GET and PUT of the scale instead, so the preconditions hold; with
 * {@code --timeout} it waits until the status reports N replicas.
 */
public final class ScaleCommand implements Command {
    @Override
    public String name() {
        return "scale";
    }

    @Override
    public String usage() {
        return "scale --replicas=N [--current-replicas=M] [--resource-version=V] [--timeout=1m] "
                + "(<resource> <name>... | <resource>/<name>...)";
    }

    @Override
    public String summary() {
        return "Set a new size for a deployment, replica set, stateful set or any resource with a scale";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("replicas", null, "the new number of replicas (required)"),
                Flag.value("current-replicas", null, "precondition: the current number of replicas"),
                Flag.value("resource-version", null, "precondition: the scale's current resourceVersion"),
                Flag.value("timeout", null, "wait this long until the status shows the new size"));
    }

    @Override
    public int run(Session s, Args a) throws InterruptedException {
        long replicas = a.longValue("replicas").orElseThrow(() -> new UsageException("--replicas=COUNT is required"));
        if (replicas < 0) {
            throw new UsageException("the --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0");
        }
        List<Target> targets = ResourceArgs.resolve(s, a.positional());
        if (targets.isEmpty() || targets.stream().anyMatch(t -> t.names().isEmpty())) {
            throw new UsageException("scale needs a resource and a name, e.g. deployment/web");
        }
        Long current = a.longValue("current-replicas").orElse(null);
        String version = a.value("resource-version").orElse(null);
        for (Target t : targets) {
            DynamicResourceClient client = s.client(t.mapping(), s.namespace());
            for (String name : t.names()) {
                client.get(name); // kubectl reads the object first: a missing one fails with NotFound here
                if (current != null || version != null) {
                    Unstructured scale = client.getScale(name);
                    long actual = scale.getNestedLong("spec", "replicas").orElse(0L);
                    if (current != null && actual != current) {
                        throw new IllegalStateException("Expected replicas to be " + current + ", was " + actual);
                    }
                    if (version != null && !version.equals(scale.resourceVersion())) {
                        throw new IllegalStateException("Expected resource version to be " + version + ", was "
                                + scale.resourceVersion());
                    }
                    client.updateScale(name, scale.with(List.of("spec", "replicas"), replicas));
                } else {
                    client.patchScale(name, PatchType.MERGE, "{\"spec\":{\"replicas\":" + replicas + "}}");
                }
                if (a.has("timeout")) {
                    awaitReplicas(client, name, replicas, Duration.ofSeconds(Durations.seconds(a.value("timeout").get())));
                }
                s.out().println(t.kindName() + "/" + name + " scaled");
            }
        }
        return 0;
    }

    /** Polls the scale (kubectl: every second) until its status shows {@code replicas}. */
    private static void awaitReplicas(DynamicResourceClient client, String name, long replicas, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Unstructured scale = client.getScale(name);
            if (scale.getNestedLong("status", "replicas").orElse(0L) == replicas) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("timed out waiting for " + name + " to have " + replicas + " replicas");
            }
            Thread.sleep(1000);
        }
    }
}
