package io.kube4j.benchmarks.data;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** {@code spec} in Go struct order: volumes, two containers, scheduling, tolerations and affinity. */
final class PodSpecWriter {
    private PodSpecWriter() {
    }

    static void write(JsonGenerator g, PodFacts f) throws IOException {
        String token = "kube-api-access-" + PodFacts.token(new java.util.SplittableRandom(f.index), 5);
        g.writeObjectFieldStart("spec");
        g.writeArrayFieldStart("volumes");
        volumeConfigMap(g, "config", f.app + "-config");
        g.writeStartObject();
        g.writeStringField("name", "tmp");
        g.writeObjectFieldStart("emptyDir");
        g.writeStringField("sizeLimit", "1Gi");
        g.writeEndObject();
        g.writeEndObject();
        projectedToken(g, token);
        g.writeEndArray();

        g.writeArrayFieldStart("containers");
        appContainer(g, f, token);
        sidecar(g, f, token);
        g.writeEndArray();

        g.writeStringField("restartPolicy", "Always");
        g.writeNumberField("terminationGracePeriodSeconds", 30);
        g.writeStringField("dnsPolicy", "ClusterFirst");
        g.writeObjectFieldStart("nodeSelector");
        g.writeStringField("kubernetes.io/os", "linux");
        g.writeEndObject();
        g.writeStringField("serviceAccountName", f.app);
        g.writeStringField("serviceAccount", f.app);
        g.writeStringField("nodeName", f.node);
        g.writeObjectFieldStart("securityContext");
        g.writeBooleanField("runAsNonRoot", true);
        g.writeNumberField("runAsUser", 10001);
        g.writeNumberField("fsGroup", 10001);
        g.writeEndObject();
        affinity(g, f);
        g.writeStringField("schedulerName", "default-scheduler");
        g.writeArrayFieldStart("tolerations");
        toleration(g, "node.kubernetes.io/not-ready", "Exists", null, "NoExecute", 300);
        toleration(g, "node.kubernetes.io/unreachable", "Exists", null, "NoExecute", 300);
        g.writeEndArray();
        g.writeNumberField("priority", 0);
        g.writeBooleanField("enableServiceLinks", true);
        g.writeStringField("preemptionPolicy", "PreemptLowerPriority");
        g.writeEndObject();
    }

    private static void volumeConfigMap(JsonGenerator g, String name, String configMap) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeObjectFieldStart("configMap");
        g.writeStringField("name", configMap);
        g.writeNumberField("defaultMode", 420);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void projectedToken(JsonGenerator g, String name) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeObjectFieldStart("projected");
        g.writeArrayFieldStart("sources");
        g.writeStartObject();
        g.writeObjectFieldStart("serviceAccountToken");
        g.writeNumberField("expirationSeconds", 3607);
        g.writeStringField("path", "token");
        g.writeEndObject();
        g.writeEndObject();
        g.writeStartObject();
        g.writeObjectFieldStart("configMap");
        g.writeStringField("name", "kube-root-ca.crt");
        g.writeArrayFieldStart("items");
        g.writeStartObject();
        g.writeStringField("key", "ca.crt");
        g.writeStringField("path", "ca.crt");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeStartObject();
        g.writeObjectFieldStart("downwardAPI");
        g.writeArrayFieldStart("items");
        g.writeStartObject();
        g.writeStringField("path", "namespace");
        g.writeObjectFieldStart("fieldRef");
        g.writeStringField("apiVersion", "v1");
        g.writeStringField("fieldPath", "metadata.namespace");
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeNumberField("defaultMode", 420);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void appContainer(JsonGenerator g, PodFacts f, String token) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", "app");
        g.writeStringField("image", f.image);
        g.writeArrayFieldStart("ports");
        port(g, "http", f.port);
        g.writeEndArray();
        g.writeArrayFieldStart("env");
        env(g, "LOG_LEVEL", "info");
        env(g, "HTTP_PORT", Integer.toString(f.port));
        envField(g, "POD_NAME", "metadata.name");
        g.writeStartObject();
        g.writeStringField("name", "DB_PASSWORD");
        g.writeObjectFieldStart("valueFrom");
        g.writeObjectFieldStart("secretKeyRef");
        g.writeStringField("name", f.app + "-db");
        g.writeStringField("key", "password");
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        resources(g, "250m", "256Mi", "1", "512Mi");
        g.writeArrayFieldStart("volumeMounts");
        mount(g, "config", "/etc/" + f.app, true);
        mount(g, "tmp", "/tmp", false);
        mount(g, token, "/var/run/secrets/kubernetes.io/serviceaccount", true);
        g.writeEndArray();
        probe(g, "livenessProbe", "/healthz", 10, 10, 3);
        probe(g, "readinessProbe", "/ready", 5, 5, 3);
        g.writeStringField("terminationMessagePath", "/dev/termination-log");
        g.writeStringField("terminationMessagePolicy", "File");
        g.writeStringField("imagePullPolicy", "IfNotPresent");
        g.writeEndObject();
    }

    private static void sidecar(JsonGenerator g, PodFacts f, String token) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", "envoy");
        g.writeStringField("image", f.sidecarImage);
        g.writeArrayFieldStart("ports");
        port(g, "admin", 9901);
        g.writeEndArray();
        resources(g, "50m", "64Mi", "500m", "128Mi");
        g.writeArrayFieldStart("volumeMounts");
        mount(g, token, "/var/run/secrets/kubernetes.io/serviceaccount", true);
        g.writeEndArray();
        g.writeStringField("terminationMessagePath", "/dev/termination-log");
        g.writeStringField("terminationMessagePolicy", "File");
        g.writeStringField("imagePullPolicy", "IfNotPresent");
        g.writeEndObject();
    }

    private static void port(JsonGenerator g, String name, int port) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeNumberField("containerPort", port);
        g.writeStringField("protocol", "TCP");
        g.writeEndObject();
    }

    private static void env(JsonGenerator g, String name, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("value", value);
        g.writeEndObject();
    }

    private static void envField(JsonGenerator g, String name, String path) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeObjectFieldStart("valueFrom");
        g.writeObjectFieldStart("fieldRef");
        g.writeStringField("apiVersion", "v1");
        g.writeStringField("fieldPath", path);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void resources(JsonGenerator g, String cpu, String mem, String cpuLimit, String memLimit)
            throws IOException {
        g.writeObjectFieldStart("resources");
        g.writeObjectFieldStart("limits");
        g.writeStringField("cpu", cpuLimit);
        g.writeStringField("memory", memLimit);
        g.writeEndObject();
        g.writeObjectFieldStart("requests");
        g.writeStringField("cpu", cpu);
        g.writeStringField("memory", mem);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void mount(JsonGenerator g, String name, String path, boolean readOnly) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        if (readOnly) {
            g.writeBooleanField("readOnly", true);
        }
        g.writeStringField("mountPath", path);
        g.writeEndObject();
    }

    private static void probe(JsonGenerator g, String field, String path, int delay, int period, int failures)
            throws IOException {
        g.writeObjectFieldStart(field);
        g.writeObjectFieldStart("httpGet");
        g.writeStringField("path", path);
        g.writeStringField("port", "http");
        g.writeStringField("scheme", "HTTP");
        g.writeEndObject();
        g.writeNumberField("initialDelaySeconds", delay);
        g.writeNumberField("timeoutSeconds", 1);
        g.writeNumberField("periodSeconds", period);
        g.writeNumberField("successThreshold", 1);
        g.writeNumberField("failureThreshold", failures);
        g.writeEndObject();
    }

    private static void toleration(JsonGenerator g, String key, String op, String value, String effect, int seconds)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("key", key);
        g.writeStringField("operator", op);
        if (value != null) {
            g.writeStringField("value", value);
        }
        g.writeStringField("effect", effect);
        if (seconds >= 0) {
            g.writeNumberField("tolerationSeconds", seconds);
        }
        g.writeEndObject();
    }

    private static void affinity(JsonGenerator g, PodFacts f) throws IOException {
        g.writeObjectFieldStart("affinity");
        g.writeObjectFieldStart("podAntiAffinity");
        g.writeArrayFieldStart("preferredDuringSchedulingIgnoredDuringExecution");
        g.writeStartObject();
        g.writeNumberField("weight", 100);
        g.writeObjectFieldStart("podAffinityTerm");
        g.writeObjectFieldStart("labelSelector");
        g.writeArrayFieldStart("matchExpressions");
        g.writeStartObject();
        g.writeStringField("key", "app");
        g.writeStringField("operator", "In");
        g.writeArrayFieldStart("values");
        g.writeString(f.app);
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeStringField("topologyKey", "kubernetes.io/hostname");
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }
}
