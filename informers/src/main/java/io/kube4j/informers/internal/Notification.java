package io.kube4j.informers.internal;

import io.kube4j.api.KubernetesObject;
import io.kube4j.informers.ResourceEventHandler;

/** One queued call of a {@link ResourceEventHandler}, or the marker that ends a handler's initial content. */
record Notification<T>(Kind kind, T oldObject, T object, boolean flag) {
    enum Kind { ADD, UPDATE, DELETE, SYNCED }

    static <T> Notification<T> add(T object, boolean inInitialList) {
        return new Notification<>(Kind.ADD, null, object, inInitialList);
    }

    static <T> Notification<T> update(T oldObject, T newObject) {
        return new Notification<>(Kind.UPDATE, oldObject, newObject, false);
    }

    static <T> Notification<T> delete(T object, boolean finalStateUnknown) {
        return new Notification<>(Kind.DELETE, null, object, finalStateUnknown);
    }

    static <T> Notification<T> synced() {
        return new Notification<>(Kind.SYNCED, null, null, false);
    }

    /** The object's key, for log messages (never the object: it could be large or hold secrets). */
    String subject() {
        if (object instanceof KubernetesObject k && k.metadata() != null) {
            String ns = k.metadata().namespace();
            return (ns == null || ns.isEmpty() ? "" : ns + "/") + k.metadata().name();
        }
        return String.valueOf(kind);
    }

    void deliver(ResourceEventHandler<? super T> handler) {
        switch (kind) {
            case ADD -> handler.onAdd(object, flag);
            case UPDATE -> handler.onUpdate(oldObject, object);
            case DELETE -> handler.onDelete(object, flag);
            case SYNCED -> { }
        }
    }
}
