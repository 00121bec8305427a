package io.kube4j.samples.cli.describe;

import io.kube4j.api.apps.v1.Deployment;
import io.kube4j.api.apps.v1.DeploymentCondition;
import io.kube4j.api.apps.v1.DeploymentSpec;
import io.kube4j.api.apps.v1.DeploymentStatus;
import io.kube4j.api.apps.v1.ReplicaSet;
import io.kube4j.api.core.v1.PodTemplateSpec;
import io.kube4j.api.meta.v1.LabelSelector;
import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.client.ListOptions;
import io.kube4j.client.apps.v1.AppsV1Client;
import io.kube4j.samples.cli.Session;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code describe deployment}: kubectl's sections (replicas, strategy, pod template, conditions), the old and new
 * ReplicaSets (listed by the deployment's selector), and its Events.
 */
final class DeploymentDescriber {
    private static final String REVISION = "deployment.kubernetes.io/revision";

    private DeploymentDescriber() {
    }

    static void describe(Session s, Deployment deployment, TabWriter w) {
        Details d = new Details(w);
        ObjectMeta meta = deployment.metadata();
        DeploymentSpec spec = deployment.spec();
        DeploymentStatus st = deployment.status() == null ? DeploymentStatus.builder().build() : deployment.status();
        d.field(0, "Name", meta.name()).field(0, "Namespace", meta.namespace())
                .field(0, "CreationTimestamp", Details.time(meta.creationTimestamp()));
        d.labels(0, "Labels", meta.labels());
        d.annotations(0, meta.annotations());
        String selector = selector(spec.selector());
        d.field(0, "Selector", selector);
        d.field(0, "Replicas", (spec.replicas() == null ? 1 : spec.replicas()) + " desired | "
                + zero(st.updatedReplicas()) + " updated | " + zero(st.replicas()) + " total | "
                + zero(st.availableReplicas()) + " available | " + zero(st.unavailableReplicas()) + " unavailable");
        String strategy = spec.strategy() == null || spec.strategy().type() == null ? "RollingUpdate"
                : spec.strategy().type();
        d.field(0, "StrategyType", strategy);
        d.field(0, "MinReadySeconds", spec.minReadySeconds() == null ? 0 : spec.minReadySeconds());
        if (spec.strategy() != null && spec.strategy().rollingUpdate() != null) {
            var ru = spec.strategy().rollingUpdate();
            d.field(0, "RollingUpdateStrategy", ru.maxUnavailable() + " max unavailable, " + ru.maxSurge() + " max surge");
        }
        podTemplate(d, spec.template());
        if (!st.conditions().isEmpty()) {
            d.line(0, "Conditions:");
            w.write("  Type\tStatus\tReason\n  ----\t------\t------\n");
            for (DeploymentCondition c : st.conditions()) {
                w.write("  " + c.type() + " \t" + c.status() + "\t" + (c.reason() == null ? "" : c.reason()) + "\n");
            }
        }
        List<ReplicaSet> owned = new AppsV1Client(s.rest()).replicaSets(meta.namespace())
                .list(ListOptions.labelSelector(selector)).items().stream()
                .filter(rs -> rs.metadata().ownerReferences().stream()
                        .anyMatch(r -> meta.uid() != null && meta.uid().equals(r.uid())))
                .toList();
        String revision = meta.annotations().get(REVISION);
        List<ReplicaSet> newRs = owned.stream()
                .filter(rs -> revision != null && revision.equals(rs.metadata().annotations().get(REVISION))).toList();
        List<ReplicaSet> oldRs = owned.stream().filter(rs -> !newRs.contains(rs)).toList();
        d.field(0, "OldReplicaSets", replicaSets(oldRs));
        d.field(0, "NewReplicaSet", replicaSets(newRs));
        d.events(s, "Deployment", meta);
    }

    private static void podTemplate(Details d, PodTemplateSpec template) {
        d.line(0, "Pod Template:");
        if (template == null) {
            return;
        }
        d.labels(1, "Labels", template.metadata() == null ? Map.of() : template.metadata().labels());
        if (template.metadata() != null && !template.metadata().annotations().isEmpty()) {
            d.annotations(1, template.metadata().annotations());
        }
        if (template.spec() != null && template.spec().serviceAccountName() != null) {
            d.field(1, "Service Account", template.spec().serviceAccountName());
        }
        d.line(1, "Containers:");
        if (template.spec() != null) {
            template.spec().containers().forEach(c -> d.container(2, c));
            d.field(1, "Volumes", template.spec().volumes().isEmpty() ? "<none>"
                    : template.spec().volumes().stream().map(v -> v.name()).collect(Collectors.joining(", ")));
        }
    }

    /** {@code web-5d8f8c9b7 (2/2 replicas created)}, comma-separated; {@code <none>} when there are none. */
    private static String replicaSets(List<ReplicaSet> sets) {
        if (sets.isEmpty()) {
            return "<none>";
        }
        return sets.stream().map(rs -> rs.metadata().name() + " (" + zero(rs.status() == null ? null
                : rs.status().replicas()) + "/" + (rs.spec() == null || rs.spec().replicas() == null ? 1
                : rs.spec().replicas()) + " replicas created)").collect(Collectors.joining(", "));
    }

    /** {@code app=web,tier in (a,b)}: a label selector as text. */
    static String selector(LabelSelector selector) {
        if (selector == null) {
            return "";
        }
        String labels = selector.matchLabels().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        String expressions = selector.matchExpressions().stream().map(e -> switch (e.operator()) {
            case "In" -> e.key() + " in (" + String.join(",", e.values()) + ")";
            case "NotIn" -> e.key() + " notin (" + String.join(",", e.values()) + ")";
            case "Exists" -> e.key();
            case "DoesNotExist" -> "!" + e.key();
            default -> e.key() + " " + e.operator();
        }).collect(Collectors.joining(","));
        return labels.isEmpty() ? expressions : expressions.isEmpty() ? labels : labels + "," + expressions;
    }

    private static int zero(Integer i) {
        return i == null ? 0 : i;
    }
}
