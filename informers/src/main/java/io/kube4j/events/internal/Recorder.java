package io.kube4j.events.internal;

import io.kube4j.api.KubernetesObject;
import io.kube4j.api.core.v1.ObjectReference;
import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.events.EventRecorder;
import io.kube4j.events.EventType;
import java.nio.charset.StandardCharsets;
import java.util.IllegalFormatException;
import java.util.Locale;
import java.util.regex.Pattern;

/** An {@link EventRecorder} for one reporting controller and instance, feeding an {@link Aggregator}. */
public final class Recorder implements EventRecorder {
    /** The API's limits (events.k8s.io/v1 validation). */
    static final int MAX_REASON = 128;
    static final int MAX_ACTION = 128;
    static final int MAX_INSTANCE = 128;
    static final int MAX_NOTE_BYTES = 1024;

    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    private final Aggregator aggregator;
    private final String controller;
    private final String instance;

    public Recorder(Aggregator aggregator, String reportingController, String reportingInstance) {
        this.aggregator = aggregator;
        this.controller = checkController(reportingController);
        if (reportingInstance == null || reportingInstance.isEmpty() || reportingInstance.length() > MAX_INSTANCE) {
            throw new IllegalArgumentException("reportingInstance must have 1 to " + MAX_INSTANCE
                    + " characters, got " + (reportingInstance == null ? "null" : reportingInstance.length()));
        }
        this.instance = reportingInstance;
    }

    @Override
    public void eventf(KubernetesObject regarding, KubernetesObject related, EventType type, String reason,
            String action, String note, Object... args) {
        if (regarding == null) {
            throw new IllegalArgumentException("regarding object is required");
        }
        record(reference(regarding, "regarding"), related == null ? null : reference(related, "related"), type,
                reason, action, note, args);
    }

    @Override
    public void eventf(ObjectReference regarding, ObjectReference related, EventType type, String reason,
            String action, String note, Object... args) {
        if (regarding == null || regarding.name() == null || regarding.name().isEmpty()) {
            throw new IllegalArgumentException("regarding reference needs a name: " + regarding);
        }
        record(regarding, related, type, reason, action, note, args);
    }

    /** The controller and instance this recorder reports as. */
    @Override
    public String toString() {
        return "EventRecorder{reportingController=" + controller + ", reportingInstance=" + instance + "}";
    }

    private void record(ObjectReference regarding, ObjectReference related, EventType type, String reason,
            String action, String note, Object[] args) {
        if (type == null) {
            throw new IllegalArgumentException("type is required (Normal or Warning)");
        }
        requireText(reason, "reason", MAX_REASON);
        requireText(action, "action", MAX_ACTION);
        String text = note == null ? "" : format(note, args);
        aggregator.record(new EventData(regarding, related, type.value(), reason, action, truncate(text),
                controller, instance));
    }

    /** A reference like client-go's {@code reference.GetReference}: apiVersion, kind, namespace, name, uid, rv. */
    static ObjectReference reference(KubernetesObject o, String what) {
        ObjectMeta m = o.metadata();
        if (m == null || m.name() == null || m.name().isEmpty()) {
            throw new IllegalArgumentException(what + " object has no metadata.name: " + o.kind());
        }
        return ObjectReference.builder().apiVersion(o.apiVersion()).kind(o.kind()).namespace(m.namespace())
                .name(m.name()).uid(m.uid()).resourceVersion(m.resourceVersion()).build();
    }

    private static String format(String note, Object[] args) {
        if (args == null || args.length == 0) {
            return note;
        }
        try {
            return String.format(Locale.ROOT, note, args);
        } catch (IllegalFormatException e) {
            throw new IllegalArgumentException("note is not a valid format for its arguments: " + e.getMessage(), e);
        }
    }

    /** Cuts to the API's 1 KiB note limit without splitting a character. */
    static String truncate(String note) {
        byte[] utf8 = note.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= MAX_NOTE_BYTES) {
            return note;
        }
        int end = MAX_NOTE_BYTES;
        while (end > 0 && (utf8[end] & 0xC0) == 0x80) {
            end--; // back off a continuation byte
        }
        return new String(utf8, 0, end, StandardCharsets.UTF_8);
    }

    private static void requireText(String value, String what, int max) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " is required");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters: " + value.length());
        }
    }

    /** A qualified name as the API requires: {@code [dns-subdomain/]name}, the name at most 63 characters. */
    static String checkController(String controller) {
        if (controller == null || controller.isEmpty()) {
            throw new IllegalArgumentException("reportingController is required, e.g. example.com/my-controller");
        }
        int slash = controller.indexOf('/');
        String prefix = slash < 0 ? null : controller.substring(0, slash);
        String name = slash < 0 ? controller : controller.substring(slash + 1);
        boolean ok = name.length() <= 63 && NAME.matcher(name).matches()
                && (prefix == null || (prefix.length() <= 253 && DNS_SUBDOMAIN.matcher(prefix).matches()));
        if (!ok) {
            throw new IllegalArgumentException("reportingController must be a qualified name like "
                    + "example.com/my-controller: " + controller);
        }
        return controller;
    }
}
