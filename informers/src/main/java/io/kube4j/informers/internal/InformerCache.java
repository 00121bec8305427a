package io.kube4j.informers.internal;

import io.kube4j.api.KubernetesObject;
import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.client.EventType;
import io.kube4j.informers.ObjectKey;
import io.kube4j.informers.Transform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The informer's cache and fan-out: applies what the reflector reads to the {@link ThreadSafeIndexer} and
 * turns each change into notifications for every handler, all under one dispatch lock so that a handler
 * added at any moment sees the cache content it joined with followed by exactly the later changes. The
 * lock covers only in-memory work; handlers run later on their own threads.
 */
final class InformerCache<T extends KubernetesObject> implements ReflectorSink<T> {
    private static final Logger LOG = LoggerFactory.getLogger(InformerCache.class);

    private final String description;
    private final Class<?> objectType;
    private final Transform transform;
    private final ThreadSafeIndexer<T> indexer;

    private final ReentrantLock dispatch = new ReentrantLock();
    private final Condition syncedChanged = dispatch.newCondition();
    private final List<HandlerListener<T>> listeners = new ArrayList<>();
    private volatile boolean synced;

    InformerCache(String description, Class<?> objectType, Transform transform, ThreadSafeIndexer<T> indexer) {
        this.description = description;
        this.objectType = objectType;
        this.transform = transform;
        this.indexer = indexer;
    }

    ThreadSafeIndexer<T> indexer() {
        return indexer;
    }

    boolean synced() {
        return synced;
    }

    @Override
    public void replace(List<T> objects, String resourceVersion) {
        Map<String, T> fresh = new LinkedHashMap<>();
        for (T o : objects) {
            T t = transformed(o);
            fresh.put(ObjectKey.keyOf(t), t);
        }
        dispatch.lock();
        try {
            Map<String, T> old = indexer.replace(fresh);
            boolean initial = !synced;
            List<Notification<T>> ns = new ArrayList<>();
            for (Map.Entry<String, T> e : fresh.entrySet()) {
                T prev = old.get(e.getKey());
                if (prev == null) {
                    ns.add(Notification.add(e.getValue(), initial));
                } else if (changed(prev, e.getValue())) {
                    ns.add(Notification.update(prev, e.getValue()));
                }
            }
            for (Map.Entry<String, T> e : old.entrySet()) {
                if (!fresh.containsKey(e.getKey())) {
                    // Deleted while we were not watching: the last state we knew, flagged as such.
                    ns.add(Notification.delete(e.getValue(), true));
                }
            }
            if (initial) {
                ns.add(Notification.synced());
            }
            for (HandlerListener<T> l : listeners) {
                l.enqueueAll(ns);
            }
            synced = true;
            syncedChanged.signalAll();
        } finally {
            dispatch.unlock();
        }
    }

    @Override
    public void apply(EventType type, T object) {
        T t = transformed(object);
        String key = ObjectKey.keyOf(t);
        dispatch.lock();
        try {
            Notification<T> n;
            if (type == EventType.DELETED) {
                T prev = indexer.remove(key);
                n = prev == null ? null : Notification.delete(t, false); // unknown objects: nothing to tell
            } else {
                T prev = indexer.put(key, t);
                n = prev == null ? Notification.add(t, false) : changed(prev, t) ? Notification.update(prev, t) : null;
            }
            if (n != null) {
                for (HandlerListener<T> l : listeners) {
                    l.enqueue(n);
                }
            }
        } finally {
            dispatch.unlock();
        }
    }

    /** Registers a listener; once synced, it first gets the current content as adds. */
    void addListener(HandlerListener<T> listener) {
        dispatch.lock();
        try {
            if (synced) {
                List<Notification<T>> ns = new ArrayList<>();
                for (T o : indexer.list()) {
                    ns.add(Notification.add(o, true));
                }
                ns.add(Notification.synced());
                listener.enqueueAll(ns);
            }
            listeners.add(listener);
        } finally {
            dispatch.unlock();
        }
    }

    /** Unregisters a listener; returns whether it was registered. */
    boolean removeListener(HandlerListener<T> listener) {
        dispatch.lock();
        try {
            return listeners.remove(listener);
        } finally {
            dispatch.unlock();
        }
    }

    List<HandlerListener<T>> listeners() {
        dispatch.lock();
        try {
            return List.copyOf(listeners);
        } finally {
            dispatch.unlock();
        }
    }

    /** Queues every cached object as an update for one listener (its periodic resync). */
    void resync(HandlerListener<T> listener) {
        dispatch.lock();
        try {
            if (!synced || !listeners.contains(listener)) {
                return;
            }
            List<Notification<T>> ns = new ArrayList<>();
            for (T o : indexer.list()) {
                ns.add(Notification.update(o, o));
            }
            listener.enqueueAll(ns);
        } finally {
            dispatch.unlock();
        }
    }

    /** Waits until synced or the timeout; returns whether synced. */
    boolean awaitSynced(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        dispatch.lock();
        try {
            while (!synced) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                syncedChanged.awaitNanos(Math.min(left, TimeUnit.SECONDS.toNanos(1)));
            }
            return true;
        } finally {
            dispatch.unlock();
        }
    }

    /** Whether a handler should hear about the change from {@code prev} to {@code next}. */
    private static boolean changed(KubernetesObject prev, KubernetesObject next) {
        String a = rv(prev);
        String b = rv(next);
        return a.isEmpty() || b.isEmpty() ? !prev.equals(next) : !a.equals(b);
    }

    private static String rv(KubernetesObject o) {
        ObjectMeta m = o.metadata();
        return m == null || m.resourceVersion() == null ? "" : m.resourceVersion();
    }

    /** The transformed object; the original when the transform fails or breaks its contract (logged). */
    @SuppressWarnings("unchecked")
    private T transformed(T object) {
        KubernetesObject out;
        try {
            out = transform.apply(object);
        } catch (RuntimeException e) {
            LOG.error("{}: the transform failed on {}; caching the object untransformed", description,
                    ObjectKey.keyOf(object), e);
            return object;
        }
        if (out == object) {
            return object;
        }
        if (!keepsIdentity(object, out)) {
            LOG.error("{}: the transform returned {} for {}; it must return the same type with the same "
                    + "namespace, name and resourceVersion; caching the object untransformed", description,
                    out == null ? "null" : out.getClass().getName(), ObjectKey.keyOf(object));
            return object;
        }
        return (T) out;
    }

    private boolean keepsIdentity(T object, KubernetesObject out) {
        if (out == null || out.getClass() != object.getClass() || !objectType.isInstance(out) || out.metadata() == null) {
            return false;
        }
        ObjectMeta a = object.metadata();
        ObjectMeta b = out.metadata();
        return Objects.equals(a.namespace(), b.namespace()) && Objects.equals(a.name(), b.name())
                && rv(out).equals(rv(object));
    }

    /** For toString: the handlers and their backlogs. */
    String describeListeners() {
        StringBuilder b = new StringBuilder();
        for (HandlerListener<T> l : listeners()) {
            b.append(b.length() == 0 ? "" : ", ").append(l.pendingNotifications());
        }
        return "[" + b + "]";
    }
}
