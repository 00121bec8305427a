package io.kube4j.informers;

import io.kube4j.api.KubernetesObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A handler that rebuilds the informer's content from notifications alone and records every violation of
 * the notification contract: an add for an object it already has (a duplicate add), an update or delete
 * for one it does not have, an update whose resourceVersion did not change.
 */
public final class MirrorHandler<T extends KubernetesObject> implements ResourceEventHandler<T> {
    private final Map<String, String> mirror = new ConcurrentHashMap<>();
    /** Every (key@resourceVersion) a notification carried. */
    private final Set<String> seenVersions = ConcurrentHashMap.newKeySet();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    public final AtomicInteger adds = new AtomicInteger();
    public final AtomicInteger updates = new AtomicInteger();
    public final AtomicInteger deletes = new AtomicInteger();
    public final AtomicInteger unknownDeletes = new AtomicInteger();

    @Override
    public void onAdd(T object, boolean inInitialList) {
        adds.incrementAndGet();
        String key = ObjectKey.keyOf(object);
        String before = mirror.put(key, rv(object));
        seenVersions.add(key + "@" + rv(object));
        if (before != null) {
            violations.add("duplicate add of " + key + "@" + rv(object) + " (had @" + before + ")");
        }
    }

    @Override
    public void onUpdate(T oldObject, T newObject) {
        updates.incrementAndGet();
        String key = ObjectKey.keyOf(newObject);
        seenVersions.add(key + "@" + rv(newObject));
        if (rv(oldObject).equals(rv(newObject))) {
            violations.add("update of " + key + " without a resourceVersion change (@" + rv(newObject) + ")");
        }
        String before = mirror.put(key, rv(newObject));
        if (before == null) {
            violations.add("update of " + key + " that was never added");
        } else if (!before.equals(rv(oldObject))) {
            violations.add("update of " + key + " from @" + rv(oldObject) + " but the handler had @" + before);
        }
    }

    @Override
    public void onDelete(T object, boolean finalStateUnknown) {
        deletes.incrementAndGet();
        if (finalStateUnknown) {
            unknownDeletes.incrementAndGet();
        }
        String key = ObjectKey.keyOf(object);
        if (mirror.remove(key) == null) {
            violations.add("delete of " + key + " that was never added");
        }
    }

    /** key → resourceVersion, as the notifications built it. */
    public Map<String, String> state() {
        return new TreeMap<>(mirror);
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    public boolean saw(String key, String resourceVersion) {
        return seenVersions.contains(key + "@" + resourceVersion);
    }

    static String rv(KubernetesObject o) {
        return o.metadata() == null || o.metadata().resourceVersion() == null ? "" : o.metadata().resourceVersion();
    }

    /** key → resourceVersion of objects. */
    public static Map<String, String> byKey(List<? extends KubernetesObject> objects) {
        Map<String, String> out = new TreeMap<>();
        for (KubernetesObject o : objects) {
            out.put(ObjectKey.keyOf(o), rv(o));
        }
        return out;
    }
}
