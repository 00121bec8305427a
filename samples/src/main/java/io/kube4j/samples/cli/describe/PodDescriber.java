package io.kube4j.samples.cli.describe;

import io.kube4j.api.core.v1.Container;
import io.kube4j.api.core.v1.ContainerState;
import io.kube4j.api.core.v1.ContainerStatus;
import io.kube4j.api.core.v1.Pod;
import io.kube4j.api.core.v1.PodCondition;
import io.kube4j.api.core.v1.PodIP;
import io.kube4j.api.core.v1.PodSpec;
import io.kube4j.api.core.v1.PodStatus;
import io.kube4j.api.core.v1.Toleration;
import io.kube4j.api.core.v1.Volume;
import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.samples.cli.Session;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code describe pod}: kubectl's sections for a Pod, followed by its Events. */
final class PodDescriber {
    private PodDescriber() {
    }

    static void describe(Session s, Pod pod, TabWriter w) {
        Details d = new Details(w);
        ObjectMeta meta = pod.metadata();
        PodSpec spec = pod.spec() == null ? PodSpec.builder().build() : pod.spec();
        PodStatus status = pod.status() == null ? PodStatus.builder().build() : pod.status();
        d.field(0, "Name", meta.name()).field(0, "Namespace", meta.namespace())
                .field(0, "Priority", spec.priority() == null ? 0 : spec.priority());
        if (spec.priorityClassName() != null) {
            d.field(0, "Priority Class Name", spec.priorityClassName());
        }
        d.field(0, "Service Account", spec.serviceAccountName())
                .field(0, "Node", spec.nodeName() == null ? "<none>" : spec.nodeName()
                        + (status.hostIP() == null ? "" : "/" + status.hostIP()));
        if (status.startTime() != null) {
            d.field(0, "Start Time", Details.time(status.startTime()));
        }
        d.labels(0, "Labels", meta.labels());
        d.annotations(0, meta.annotations());
        if (meta.deletionTimestamp() != null) {
            d.field(0, "Status", "Terminating (lasts " + io.kube4j.samples.cli.Ages.since(meta.deletionTimestamp(),
                    java.time.Instant.now()) + ")");
        } else {
            d.field(0, "Status", status.phase());
        }
        if (status.reason() != null) {
            d.field(0, "Reason", status.reason());
        }
        if (status.message() != null) {
            d.field(0, "Message", status.message());
        }
        d.field(0, "IP", status.podIP());
        List<PodIP> ips = status.podIPs();
        if (ips.isEmpty()) {
            d.field(0, "IPs", "<none>");
        } else {
            d.line(0, "IPs:");
            ips.forEach(ip -> d.field(1, "IP", ip.ip()));
        }
        Optional.ofNullable(Details.controlledBy(meta)).ifPresent(c -> d.field(0, "Controlled By", c));
        if (!spec.initContainers().isEmpty()) {
            d.line(0, "Init Containers:");
            spec.initContainers().forEach(c -> container(d, c, status.initContainerStatuses()));
        }
        d.line(0, "Containers:");
        spec.containers().forEach(c -> container(d, c, status.containerStatuses()));
        if (status.conditions().isEmpty()) {
            d.field(0, "Conditions", "<none>");
        } else {
            d.line(0, "Conditions:");
            w.write("  Type\tStatus\n");
            for (PodCondition c : status.conditions()) {
                w.write("  " + c.type() + " \t" + c.status() + " \n");
            }
        }
        if (spec.volumes().isEmpty()) {
            d.field(0, "Volumes", "<none>");
        } else {
            d.line(0, "Volumes:");
            for (Volume v : spec.volumes()) {
                d.line(1, v.name() + ":");
                d.field(2, "Type", volumeType(v));
            }
        }
        d.field(0, "QoS Class", status.qosClass());
        d.field(0, "Node-Selectors", spec.nodeSelector().isEmpty() ? "<none>" : spec.nodeSelector().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(Collectors.joining(",")));
        List<String> tolerations = spec.tolerations().stream().map(PodDescriber::toleration).toList();
        if (tolerations.isEmpty()) {
            d.field(0, "Tolerations", "<none>");
        } else {
            d.field(0, "Tolerations", tolerations.get(0));
            tolerations.subList(1, tolerations.size()).forEach(t -> w.write("\t" + t + "\n"));
        }
        d.events(s, "Pod", meta);
    }

    private static void container(Details d, Container c, List<ContainerStatus> statuses) {
        d.container(1, c);
        statuses.stream().filter(st -> st.name().equals(c.name())).findFirst().ifPresent(st -> {
            d.field(2, "State", state(st.state()));
            d.field(2, "Ready", Boolean.TRUE.equals(st.ready()));
            d.field(2, "Restart Count", st.restartCount() == null ? 0 : st.restartCount());
        });
    }

    private static String state(ContainerState s) {
        if (s == null) {
            return "Waiting";
        }
        if (s.running() != null) {
            return "Running";
        }
        if (s.terminated() != null) {
            return "Terminated (" + s.terminated().reason() + ", exit code " + s.terminated().exitCode() + ")";
        }
        return "Waiting" + (s.waiting() != null && s.waiting().reason() != null ? " (" + s.waiting().reason() + ")" : "");
    }

    private static String volumeType(Volume v) {
        if (v.configMap() != null) {
            return "ConfigMap (a volume populated by a ConfigMap)";
        }
        if (v.secret() != null) {
            return "Secret (a volume populated by a Secret)";
        }
        if (v.emptyDir() != null) {
            return "EmptyDir (a temporary directory that shares a pod's lifetime)";
        }
        if (v.projected() != null) {
            return "Projected (a volume that contains injected data from multiple sources)";
        }
        if (v.persistentVolumeClaim() != null) {
            return "PersistentVolumeClaim (" + v.persistentVolumeClaim().claimName() + ")";
        }
        if (v.hostPath() != null) {
            return "HostPath (" + v.hostPath().path() + ")";
        }
        return "<other>";
    }

    private static String toleration(Toleration t) {
        String key = t.key() == null ? "" : t.key();
        String value = t.value() == null || t.value().isEmpty() ? "" : "=" + t.value();
        String effect = t.effect() == null ? "" : ":" + t.effect();
        String op = "Exists".equals(t.operator()) && t.value() == null ? " op=Exists" : "";
        String seconds = t.tolerationSeconds() == null ? "" : " for " + t.tolerationSeconds() + "s";
        return key + value + effect + op + seconds;
    }
}
