package io.kube4j.benchmarks.data;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** {@code status} of a running pod: conditions, IPs and two container statuses. */
final class PodStatusWriter {
    private PodStatusWriter() {
    }

    static void write(JsonGenerator g, PodFacts f) throws IOException {
        g.writeObjectFieldStart("status");
        g.writeStringField("phase", "Running");
        g.writeArrayFieldStart("conditions");
        condition(g, "Initialized", f.created);
        condition(g, "Ready", f.ready);
        condition(g, "ContainersReady", f.ready);
        condition(g, "PodScheduled", f.created);
        g.writeEndArray();
        g.writeStringField("hostIP", f.hostIp);
        ips(g, "hostIPs", f.hostIp);
        g.writeStringField("podIP", f.podIp);
        ips(g, "podIPs", f.podIp);
        g.writeStringField("startTime", f.created);
        g.writeArrayFieldStart("containerStatuses");
        container(g, "app", f.image, f.imageId, f.containerId, f.restarts, f.started);
        container(g, "envoy", f.sidecarImage, f.sidecarImageId, f.sidecarContainerId, 0, f.started);
        g.writeEndArray();
        g.writeStringField("qosClass", "Burstable");
        g.writeEndObject();
    }

    private static void condition(JsonGenerator g, String type, String time) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", type);
        g.writeStringField("status", "True");
        g.writeNullField("lastProbeTime");
        g.writeStringField("lastTransitionTime", time);
        g.writeEndObject();
    }

    private static void ips(JsonGenerator g, String field, String ip) throws IOException {
        g.writeArrayFieldStart(field);
        g.writeStartObject();
        g.writeStringField("ip", ip);
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void container(JsonGenerator g, String name, String image, String imageId, String id,
            int restarts, String started) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeObjectFieldStart("state");
        g.writeObjectFieldStart("running");
        g.writeStringField("startedAt", started);
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("lastState");
        g.writeEndObject();
        g.writeBooleanField("ready", true);
        g.writeNumberField("restartCount", restarts);
        g.writeStringField("image", image);
        g.writeStringField("imageID", imageId);
        g.writeStringField("containerID", id);
        g.writeBooleanField("started", true);
        g.writeEndObject();
    }
}
