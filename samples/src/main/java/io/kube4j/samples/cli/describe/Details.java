package io.kube4j.samples.cli.describe;

import io.kube4j.api.core.v1.Container;
import io.kube4j.api.core.v1.ContainerPort;
import io.kube4j.api.core.v1.EnvVar;
import io.kube4j.api.core.v1.Event;
import io.kube4j.api.core.v1.EventList;
import io.kube4j.api.core.v1.VolumeMount;
import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.client.ListOptions;
import io.kube4j.client.core.v1.CoreV1Client;
import io.kube4j.samples.cli.Ages;
import io.kube4j.samples.cli.Session;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pieces {@code kubectl describe} repeats for every kind: label and annotation lists, timestamps,
 * container sections and the Events table. Writes tab-separated text for a {@link TabWriter}.
 */
final class Details {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private final TabWriter w;

    Details(TabWriter w) {
        this.w = w;
    }

    /** {@code Label:\tvalue} at an indentation level (two spaces per level). */
    Details field(int level, String label, Object value) {
        w.write("  ".repeat(level) + label + ":\t" + (value == null ? "" : value) + "\n");
        return this;
    }

    /** A line with no cells (a section title or a continuation). */
    Details line(int level, String text) {
        w.write("  ".repeat(level) + text + "\n");
        return this;
    }

    /** {@code key=value} per line, sorted; {@code <none>} when empty. */
    void labels(int level, String title, Map<String, String> labels) {
        keyValues(level, title, labels, "=");
    }

    /** {@code key: value} per line, sorted; {@code <none>} when empty. */
    void annotations(int level, Map<String, String> annotations) {
        keyValues(level, "Annotations", annotations, ": ");
    }

    private void keyValues(int level, String title, Map<String, String> values, String separator) {
        if (values.isEmpty()) {
            field(level, title, "<none>");
            return;
        }
        boolean first = true;
        for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
            String text = e.getKey() + separator + e.getValue();
            w.write(first ? "  ".repeat(level) + title + ":\t" + text + "\n" : "  ".repeat(level) + "\t" + text + "\n");
            first = false;
        }
    }

    static String time(Instant t) {
        return t == null ? "<unset>" : TIME.format(t);
    }

    /** {@code Kind/name} of the controlling owner, if any. */
    static String controlledBy(ObjectMeta meta) {
        return meta.ownerReferences().stream().filter(r -> Boolean.TRUE.equals(r.controller()))
                .map(r -> r.kind() + "/" + r.name()).findFirst().orElse(null);
    }

    /** One container: image, ports, command, limits and requests, environment, mounts. */
    void container(int level, Container c) {
        line(level, c.name() + ":");
        field(level + 1, "Image", c.image());
        if (c.ports().isEmpty()) {
            field(level + 1, "Port", "<none>");
            field(level + 1, "Host Port", "<none>");
        }
        for (ContainerPort p : c.ports()) {
            String protocol = p.protocol() == null ? "TCP" : p.protocol();
            field(level + 1, "Port", p.containerPort() + "/" + protocol + (p.name() == null ? "" : " (" + p.name() + ")"));
            field(level + 1, "Host Port", (p.hostPort() == null ? 0 : p.hostPort()) + "/" + protocol);
        }
        if (!c.command().isEmpty()) {
            field(level + 1, "Command", String.join(" ", c.command()));
        }
        if (!c.args().isEmpty()) {
            field(level + 1, "Args", String.join(" ", c.args()));
        }
        if (c.resources() != null && !c.resources().limits().isEmpty()) {
            line(level + 1, "Limits:");
            new TreeMap<>(c.resources().limits()).forEach((k, v) -> field(level + 2, k, v));
        }
        if (c.resources() != null && !c.resources().requests().isEmpty()) {
            line(level + 1, "Requests:");
            new TreeMap<>(c.resources().requests()).forEach((k, v) -> field(level + 2, k, v));
        }
        if (!c.envFrom().isEmpty()) {
            line(level + 1, "Environment Variables from:");
            for (var from : c.envFrom()) {
                String prefix = from.prefix() == null ? "" : "  Prefix: " + from.prefix();
                if (from.configMapRef() != null) {
                    w.write("  ".repeat(level + 2) + from.configMapRef().name() + "\tConfigMap\tOptional: "
                            + Boolean.TRUE.equals(from.configMapRef().optional()) + prefix + "\n");
                } else if (from.secretRef() != null) {
                    w.write("  ".repeat(level + 2) + from.secretRef().name() + "\tSecret\tOptional: "
                            + Boolean.TRUE.equals(from.secretRef().optional()) + prefix + "\n");
                }
            }
        }
        if (c.env().isEmpty()) {
            field(level + 1, "Environment", "<none>");
        } else {
            line(level + 1, "Environment:");
            for (EnvVar e : c.env()) {
                field(level + 2, e.name(), e.value() != null ? e.value()
                        : e.valueFrom() != null ? "<set from " + describeSource(e) + ">" : "");
            }
        }
        if (c.volumeMounts().isEmpty()) {
            field(level + 1, "Mounts", "<none>");
        } else {
            line(level + 1, "Mounts:");
            for (VolumeMount m : c.volumeMounts()) {
                line(level + 2, m.mountPath() + " from " + m.name() + (Boolean.TRUE.equals(m.readOnly()) ? " (ro)" : " (rw)"));
            }
        }
    }

    private static String describeSource(EnvVar e) {
        var from = e.valueFrom();
        if (from.configMapKeyRef() != null) {
            return "configmap " + from.configMapKeyRef().name() + " key " + from.configMapKeyRef().key();
        }
        if (from.secretKeyRef() != null) {
            return "secret " + from.secretKeyRef().name() + " key " + from.secretKeyRef().key();
        }
        if (from.fieldRef() != null) {
            return from.fieldRef().fieldPath();
        }
        return "a source";
    }

    /**
     * The object's Events, as kubectl finds them: a list with {@code fieldSelector} on
     * {@code involvedObject.{kind,name,namespace,uid}} and {@code limit=500}, sorted by last time.
     */
    void events(Session s, String kind, ObjectMeta meta) {
        String selector = "involvedObject.kind=" + kind + ",involvedObject.name=" + meta.name()
                + ",involvedObject.namespace=" + meta.namespace() + ",involvedObject.uid=" + meta.uid();
        EventList events = new CoreV1Client(s.rest()).events(meta.namespace())
                .list(ListOptions.builder().fieldSelector(selector).limit(500).build());
        if (events.items().isEmpty()) {
            field(0, "Events", "<none>");
            return;
        }
        line(0, "Events:");
        w.write("  Type\tReason\tAge\tFrom\tMessage\n  ----\t------\t----\t----\t-------\n");
        Instant now = Instant.now();
        List<Event> sorted = events.items().stream().sorted(Comparator.comparing(Details::lastSeen,
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        for (Event e : sorted) {
            String age = Ages.since(lastSeen(e), now);
            int count = e.count() == null ? 1 : e.count();
            if (count > 1 && e.firstTimestamp() != null) {
                age = age + " (x" + count + " over " + Ages.since(e.firstTimestamp(), now) + ")";
            }
            String from = e.source() == null || e.source().component() == null ? e.reportingComponent()
                    : e.source().component() + (e.source().host() == null ? "" : ", " + e.source().host());
            w.write("  " + e.type() + "\t" + e.reason() + "\t" + age + "\t" + (from == null ? "" : from) + "\t"
                    + (e.message() == null ? "" : e.message().trim()) + "\n");
        }
    }

    private static Instant lastSeen(Event e) {
        if (e.lastTimestamp() != null) {
            return e.lastTimestamp();
        }
        if (e.eventTime() != null) {
            return e.eventTime();
        }
        return e.metadata().creationTimestamp();
    }
}
