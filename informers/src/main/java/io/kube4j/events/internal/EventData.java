package io.kube4j.events.internal;

import io.kube4j.api.core.v1.ObjectReference;

/**
 * What one recorded Event says. With the references' resourceVersions removed ({@link #key()}) it is the key
 * under which repeats are aggregated: same object, related object, type, reason, action, note and reporter.
 */
public record EventData(ObjectReference regarding, ObjectReference related, String type, String reason,
        String action, String note, String reportingController, String reportingInstance) {

    /** The aggregation key: this data without the objects' resourceVersions, which change with every write. */
    public EventData key() {
        return new EventData(unversioned(regarding), unversioned(related), type, reason, action, note,
                reportingController, reportingInstance);
    }

    private static ObjectReference unversioned(ObjectReference ref) {
        return ref == null || ref.resourceVersion() == null ? ref : ref.toBuilder().resourceVersion(null).build();
    }
}
