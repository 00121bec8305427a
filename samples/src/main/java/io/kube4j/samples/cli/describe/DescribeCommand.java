package io.kube4j.samples.cli.describe;

import io.kube4j.api.apps.v1.Deployment;
import io.kube4j.api.core.v1.Pod;
import io.kube4j.client.ApiException;
import io.kube4j.client.Json;
import io.kube4j.client.ListOptions;
import io.kube4j.dynamic.DynamicResourceClient;
import io.kube4j.dynamic.Unstructured;
import io.kube4j.dynamic.UnstructuredConverter;
import io.kube4j.samples.cli.Args;
import io.kube4j.samples.cli.Command;
import io.kube4j.samples.cli.Flag;
import io.kube4j.samples.cli.ResourceArgs;
import io.kube4j.samples.cli.ResourceArgs.Target;
import io.kube4j.samples.cli.Session;
import io.kube4j.samples.cli.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code describe <resource> [name...] [-l selector]}: kubectl's detailed view of pods and deployments (with their
 * Events); other kinds get the generic view (identity, labels, then the object's other fields).
 */
public final class DescribeCommand implements Command {
    @Override
    public String name() {
        return "describe";
    }

    @Override
    public String usage() {
        return "describe (<resource> [name...] | <resource>/<name>...) [-l selector]";
    }

    @Override
    public String summary() {
        return "Show details of a specific resource or group of resources";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("selector", "l", "describe the objects matching this label selector"));
    }

    @Override
    public int run(Session s, Args a) {
        List<Target> targets = ResourceArgs.resolve(s, a.positional());
        if (targets.isEmpty()) {
            throw new UsageException("you must specify the type of resource to describe");
        }
        List<Unstructured> objects = new ArrayList<>();
        List<Exception> errors = new ArrayList<>();
        for (Target t : targets) {
            DynamicResourceClient client = s.client(t.mapping(), s.namespace());
            if (t.names().isEmpty()) {
                objects.addAll(client.list(ListOptions.labelSelector(a.value("selector").orElse(null))).items());
            }
            for (String name : t.names()) {
                try {
                    objects.add(client.get(name));
                } catch (ApiException e) {
                    errors.add(e);
                }
            }
        }
        if (objects.isEmpty() && errors.isEmpty()) {
            s.err().println("No resources found in " + s.namespace() + " namespace.");
        }
        boolean first = true;
        for (Unstructured o : objects) {
            if (!first) {
                s.out().println();
                s.out().println();
            }
            first = false;
            TabWriter w = new TabWriter(2);
            describe(s, o, w);
            w.flush(s.out());
        }
        errors.forEach(s::report);
        return errors.isEmpty() ? 0 : 1;
    }

    private static void describe(Session s, Unstructured o, TabWriter w) {
        String apiVersion = o.apiVersion();
        if (o.kind().equals("Pod") && apiVersion.equals("v1")) {
            PodDescriber.describe(s, UnstructuredConverter.toTyped(o, Pod.class), w);
        } else if (o.kind().equals("Deployment") && apiVersion.equals("apps/v1")) {
            DeploymentDescriber.describe(s, UnstructuredConverter.toTyped(o, Deployment.class), w);
        } else {
            generic(s, o, w);
        }
    }

    /** kubectl's generic describer: identity, labels, annotations, then every other field as nested text. */
    private static void generic(Session s, Unstructured o, TabWriter w) {
        Details d = new Details(w);
        d.field(0, "Name", o.name());
        if (o.namespace() != null) {
            d.field(0, "Namespace", o.namespace());
        }
        d.labels(0, "Labels", o.labels());
        d.annotations(0, o.annotations());
        d.field(0, "API Version", o.apiVersion());
        d.field(0, "Kind", o.kind());
        Map<String, Object> rest = new LinkedHashMap<>(o.object());
        rest.keySet().removeAll(List.of("apiVersion", "kind"));
        if (rest.get("metadata") instanceof Map<?, ?> meta) {
            Map<String, Object> m = new LinkedHashMap<>();
            meta.forEach((k, v) -> m.put(k.toString(), v));
            m.keySet().removeAll(List.of("name", "namespace", "labels", "annotations", "managedFields"));
            rest.put("metadata", m);
        }
        nested(d, 0, rest);
        d.events(s, o.kind(), o.metadata());
    }

    private static void nested(Details d, int level, Map<?, ?> map) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = Character.toUpperCase(e.getKey().toString().charAt(0)) + e.getKey().toString().substring(1);
            if (e.getValue() instanceof Map<?, ?> m) {
                if (!m.isEmpty()) {
                    d.line(level, key + ":");
                    nested(d, level + 1, m);
                }
            } else if (e.getValue() instanceof List<?> l) {
                d.line(level, key + ":");
                for (Object item : l) {
                    if (item instanceof Map<?, ?> m) {
                        nested(d, level + 1, m);
                    } else {
                        d.line(level + 1, String.valueOf(item));
                    }
                }
            } else {
                d.field(level, key, e.getValue() instanceof String str ? str : Json.write(e.getValue()));
            }
        }
    }
}
