package io.kube4j.samples.cli;

import io.kube4j.client.ApiException;
import io.kube4j.client.DeleteOptions;
import io.kube4j.client.ListOptions;
import io.kube4j.client.NotFoundException;
import io.kube4j.client.Propagation;
import io.kube4j.discovery.RestMapping;
import io.kube4j.dynamic.DynamicResourceClient;
import io.kube4j.dynamic.Unstructured;
import io.kube4j.dynamic.manifest.Manifest;
import io.kube4j.dynamic.manifest.ManifestObject;
import io.kube4j.samples.cli.ResourceArgs.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code delete <resource> <name>... | <resource>/<name>... | -f file | <resource> -l selector}: one {@code DELETE} per
 * object with kubectl's DeleteOptions body ({@code propagationPolicy} from {@code --cascade}, default Background;
 * {@code gracePeriodSeconds} when given), then, unless {@code --wait=false}, waits until each object is gone.
 */
public final class DeleteCommand implements Command {
    /** One object to delete. */
    private record Victim(RestMapping mapping, String namespace, String name) {
    }

    @Override
    public String name() {
        return "delete";
    }

    @Override
    public String usage() {
        return "delete (-f file | <resource> <name>... | <resource>/<name>... | <resource> -l selector) "
                + "[--cascade=background|foreground|orphan] [--wait=false]";
    }

    @Override
    public String summary() {
        return "Delete resources by file names, stdin, resources and names, or by resources and label selector";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("filename", "f", "a file, a directory of manifests, or - for stdin (repeatable)"),
                Flag.value("selector", "l", "delete the objects matching this label selector"),
                Flag.value("cascade", null, "background (default), foreground or orphan"),
                Flag.value("grace-period", null, "seconds the objects get to terminate (pods)"),
                Flag.value("wait", null, "false: do not wait until the objects are gone (default true)"),
                Flag.value("timeout", null, "how long to wait for the deletion (e.g. 60s; default a week)"),
                Flag.bool("ignore-not-found", null, "treat a missing object as deleted"));
    }

    @Override
    public int run(Session s, Args a) {
        DeleteOptions.Builder options = DeleteOptions.builder().propagation(cascade(a.value("cascade").orElse("background")));
        a.longValue("grace-period").filter(g -> g >= 0).ifPresent(options::gracePeriodSeconds);
        List<Victim> victims = victims(s, a);
        List<Victim> deleted = new ArrayList<>();
        boolean failed = false;
        for (Victim v : victims) {
            try {
                s.client(v.mapping(), v.namespace()).delete(v.name(), options.build());
                deleted.add(v);
                s.out().println(ResourceArgs.kindName(v.mapping().kind()) + " \"" + v.name() + "\" deleted"
                        + (v.mapping().namespaced() ? " from " + v.namespace() + " namespace" : ""));
            } catch (NotFoundException e) {
                if (!a.flag("ignore-not-found")) {
                    s.report(e);
                    failed = true;
                }
            } catch (ApiException e) {
                s.report(e);
                failed = true;
            }
        }
        if (victims.isEmpty()) {
            s.out().println("No resources found");
        }
        if (!a.value("wait").orElse("true").equals("false")) {
            Duration timeout = Duration.ofSeconds(a.value("timeout").map(Durations::seconds).orElse(Duration.ofDays(7).getSeconds()));
            for (Victim v : deleted) {
                DeletionWaiter.await(s.client(v.mapping(), v.namespace()), v.name(), timeout);
            }
        }
        return failed ? 1 : 0;
    }

    private static List<Victim> victims(Session s, Args a) {
        List<Victim> victims = new ArrayList<>();
        if (!a.values("filename").isEmpty()) {
            if (!a.positional().isEmpty()) {
                throw new UsageException("names cannot be given together with -f");
            }
            List<Manifest> manifests = ManifestSources.read(a.values("filename"), s.console());
            ManifestSources.checkNamespaces(manifests, s);
            for (Manifest m : manifests) {
                for (ManifestObject o : m.requireValid().objects()) {
                    Unstructured u = o.object();
                    String ns = u.namespace() == null || u.namespace().isEmpty() ? s.namespace() : u.namespace();
                    victims.add(new Victim(s.mapper().mapping(u.groupVersionKind()), ns, u.name()));
                }
            }
            return victims;
        }
        List<Target> targets = ResourceArgs.resolve(s, a.positional());
        if (targets.isEmpty()) {
            throw new UsageException("you must provide one or more resources by argument or filename");
        }
        String selector = a.value("selector").orElse(null);
        for (Target t : targets) {
            if (selector != null) {
                if (!t.names().isEmpty()) {
                    throw new UsageException("name cannot be provided when a selector is specified");
                }
                DynamicResourceClient client = s.client(t.mapping(), s.namespace());
                client.listAll(ListOptions.labelSelector(selector))
                        .forEach(u -> victims.add(new Victim(t.mapping(), s.namespace(), u.name())));
            } else if (t.names().isEmpty()) {
                throw new UsageException("resource(s) were provided, but no name was specified");
            } else {
                t.names().forEach(n -> victims.add(new Victim(t.mapping(), s.namespace(), n)));
            }
        }
        return victims;
    }

    /** kubectl's {@code --cascade}: background, foreground, orphan; the deprecated true/false too. */
    static Propagation cascade(String value) {
        return switch (value) {
            case "background", "true" -> Propagation.BACKGROUND;
            case "foreground" -> Propagation.FOREGROUND;
            case "orphan", "false" -> Propagation.ORPHAN;
            default -> throw new UsageException("invalid cascade value (" + value
                    + "). Must be \"background\", \"foreground\", or \"orphan\"");
        };
    }
}
