package io.kube4j.benchmarks.data;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** {@code metadata}: labels, annotations, the owner ReplicaSet and two managedFields entries. */
final class PodMetaWriter {
    private PodMetaWriter() {
    }

    static void write(JsonGenerator g, PodFacts f) throws IOException {
        g.writeObjectFieldStart("metadata");
        g.writeStringField("name", f.name);
        g.writeStringField("generateName", f.replicaSet + "-");
        g.writeStringField("namespace", f.namespace);
        g.writeStringField("uid", f.uid);
        g.writeStringField("resourceVersion", f.resourceVersion);
        g.writeStringField("creationTimestamp", f.created);

        g.writeObjectFieldStart("labels");
        g.writeStringField("app", f.app);
        g.writeStringField("app.kubernetes.io/name", f.app);
        g.writeStringField("app.kubernetes.io/part-of", f.team);
        g.writeStringField("app.kubernetes.io/version", f.version);
        g.writeStringField("pod-template-hash", f.templateHash);
        g.writeStringField("team", f.team);
        g.writeEndObject();

        g.writeObjectFieldStart("annotations");
        g.writeStringField("kubectl.kubernetes.io/last-applied-configuration", lastApplied(f));
        g.writeStringField("prometheus.io/port", Integer.toString(f.port + 1000));
        g.writeStringField("prometheus.io/scrape", "true");
        g.writeEndObject();

        g.writeArrayFieldStart("ownerReferences");
        g.writeStartObject();
        g.writeStringField("apiVersion", "apps/v1");
        g.writeStringField("kind", "ReplicaSet");
        g.writeStringField("name", f.replicaSet);
        g.writeStringField("uid", f.replicaSetUid);
        g.writeBooleanField("controller", true);
        g.writeBooleanField("blockOwnerDeletion", true);
        g.writeEndObject();
        g.writeEndArray();

        g.writeArrayFieldStart("managedFields");
        managedEntry(g, "kube-controller-manager", f.created, null);
        FieldsV1.write(g, controllerFields(f));
        g.writeEndObject();
        managedEntry(g, "kubelet", f.ready, "status");
        FieldsV1.write(g, kubeletFields(f));
        g.writeStringField("subresource", "status");
        g.writeEndObject();
        g.writeEndArray();

        g.writeEndObject();
    }

    private static void managedEntry(JsonGenerator g, String manager, String time, String subresource)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("manager", manager);
        g.writeStringField("operation", "Update");
        g.writeStringField("apiVersion", "v1");
        g.writeStringField("time", time);
        g.writeStringField("fieldsType", "FieldsV1");
        g.writeFieldName("fieldsV1");
    }

    /** What {@code kubectl apply} recorded for the pod template, compact JSON of about 1 KB. */
    private static String lastApplied(PodFacts f) {
        return "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"annotations\":{},"
                + "\"labels\":{\"app\":\"" + f.app + "\",\"app.kubernetes.io/name\":\"" + f.app + "\","
                + "\"app.kubernetes.io/part-of\":\"" + f.team + "\"},\"name\":\"" + f.app + "\",\"namespace\":\""
                + f.namespace + "\"},\"spec\":{\"replicas\":3,\"selector\":{\"matchLabels\":{\"app\":\"" + f.app
                + "\"}},\"template\":{\"metadata\":{\"labels\":{\"app\":\"" + f.app + "\",\"team\":\"" + f.team
                + "\"}},\"spec\":{\"containers\":[{\"env\":[{\"name\":\"LOG_LEVEL\",\"value\":\"info\"},"
                + "{\"name\":\"HTTP_PORT\",\"value\":\"" + f.port + "\"}],\"image\":\"" + f.image + "\","
                + "\"livenessProbe\":{\"httpGet\":{\"path\":\"/healthz\",\"port\":\"http\"},"
                + "\"initialDelaySeconds\":10},\"name\":\"app\",\"ports\":[{\"containerPort\":" + f.port
                + ",\"name\":\"http\"}],\"resources\":{\"limits\":{\"cpu\":\"1\",\"memory\":\"512Mi\"},\"requests\":{\"cpu\":\"250m\","
                + "\"memory\":\"256Mi\"}},\"volumeMounts\":[{\"mountPath\":\"/etc/" + f.app + "\",\"name\":\"config\"}]},"
                + "{\"image\":\"" + f.sidecarImage + "\",\"name\":\"envoy\"}],"
                + "\"volumes\":[{\"configMap\":{\"name\":\"" + f.app + "-config\"},"
                + "\"name\":\"config\"},{\"emptyDir\":{},\"name\":\"tmp\"}]}}}}\n";
    }

    private static String[] controllerFields(PodFacts f) {
        String app = "f:spec|f:containers|k:{\"name\":\"app\"}|";
        String envoy = "f:spec|f:containers|k:{\"name\":\"envoy\"}|";
        return new String[] {
            "f:metadata|f:annotations|.", "f:metadata|f:annotations|f:prometheus.io/port",
            "f:metadata|f:annotations|f:prometheus.io/scrape", "f:metadata|f:generateName",
            "f:metadata|f:labels|.", "f:metadata|f:labels|f:app", "f:metadata|f:labels|f:pod-template-hash",
            "f:metadata|f:ownerReferences|.", "f:metadata|f:ownerReferences|k:{\"uid\":\"" + f.replicaSetUid + "\"}",
            "f:spec|f:affinity", app + ".", app + "f:env", app + "f:image", app + "f:imagePullPolicy",
            app + "f:livenessProbe", app + "f:name",
            app + "f:ports|k:{\"containerPort\":" + f.port + ",\"protocol\":\"TCP\"}|.",
            app + "f:resources", app + "f:volumeMounts", envoy + ".", envoy + "f:image", envoy + "f:name",
            "f:spec|f:dnsPolicy", "f:spec|f:restartPolicy", "f:spec|f:schedulerName",
            "f:spec|f:terminationGracePeriodSeconds", "f:spec|f:tolerations", "f:spec|f:volumes",
        };
    }

    private static String[] kubeletFields(PodFacts f) {
        String[] conditions = {"ContainersReady", "Initialized", "Ready"};
        String[] out = new String[conditions.length * 5 + 9];
        int k = 0;
        for (String c : conditions) {
            String key = "f:status|f:conditions|k:{\"type\":\"" + c + "\"}|";
            out[k++] = key + ".";
            out[k++] = key + "f:lastProbeTime";
            out[k++] = key + "f:lastTransitionTime";
            out[k++] = key + "f:status";
            out[k++] = key + "f:type";
        }
        out[k++] = "f:status|f:containerStatuses";
        out[k++] = "f:status|f:hostIP";
        out[k++] = "f:status|f:hostIPs";
        out[k++] = "f:status|f:phase";
        out[k++] = "f:status|f:podIP";
        out[k++] = "f:status|f:podIPs|.";
        out[k++] = "f:status|f:podIPs|k:{\"ip\":\"" + f.podIp + "\"}|.";
        out[k++] = "f:status|f:podIPs|k:{\"ip\":\"" + f.podIp + "\"}|f:ip";
        out[k++] = "f:status|f:startTime";
        return out;
    }
}
