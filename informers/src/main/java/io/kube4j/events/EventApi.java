package io.kube4j.events;

/** Which API an {@link EventBroadcaster} writes Events to. */
public enum EventApi {
    /** events.k8s.io/v1 when the server serves it (asked once, by discovery), else core/v1. */
    AUTO,
    /** Always events.k8s.io/v1. */
    EVENTS_V1,
    /** Always core/v1, e.g. when RBAC grants {@code events} only in the core group. */
    CORE_V1
}
