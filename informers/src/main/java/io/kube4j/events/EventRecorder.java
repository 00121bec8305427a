package io.kube4j.events;

import io.kube4j.api.KubernetesObject;
import io.kube4j.api.core.v1.ObjectReference;

/**
 * Records Events about objects, as client-go's {@code events.EventRecorder}. Calls never block and never
 * fail because of the server: the Event is queued for the {@link EventBroadcaster}'s worker, which writes it
 * (or, for a repeat of a recent identical Event, increases that Event's count). When the queue is full the
 * Event is dropped and counted ({@link EventBroadcaster#dropped()}). Bad arguments throw
 * {@link IllegalArgumentException}. Thread-safe.
 */
public interface EventRecorder {
    /**
     * Records an Event about {@code regarding}.
     *
     * @param regarding the object the Event is about; it must have a name
     * @param related a second object involved, or null
     * @param type Normal or Warning
     * @param reason why the action was taken, in UpperCamelCase (at most 128 characters), e.g. {@code Scaled}
     * @param action what was done or failed (at most 128 characters), e.g. {@code Scaling}
     * @param note a human-readable description; a {@link String#format} pattern when {@code args} are given;
     *     cut to the API's 1 KiB limit
     */
    void eventf(KubernetesObject regarding, KubernetesObject related, EventType type, String reason, String action,
            String note, Object... args);

    /** As {@link #eventf(KubernetesObject, KubernetesObject, EventType, String, String, String, Object...)}, by reference. */
    void eventf(ObjectReference regarding, ObjectReference related, EventType type, String reason, String action,
            String note, Object... args);
}
