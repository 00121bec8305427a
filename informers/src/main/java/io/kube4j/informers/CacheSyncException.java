package io.kube4j.informers;

import io.kube4j.client.KubeException;
import java.util.List;

/**
 * {@code waitForCacheSync} timed out: names each informer that did not sync and its last error (e.g. a 403
 * Forbidden); the first such error is the cause. The informers keep retrying in the background.
 */
public class CacheSyncException extends KubeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> unsynced;

    public CacheSyncException(String message, List<String> unsynced, Throwable cause) {
        super(message, cause);
        this.unsynced = List.copyOf(unsynced);
    }

    /** A description of each informer that did not sync, e.g. {@code pods in ns "a": 403 Forbidden ...}. */
    public List<String> unsynced() {
        return unsynced;
    }
}
