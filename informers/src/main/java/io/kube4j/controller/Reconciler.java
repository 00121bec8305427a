package io.kube4j.controller;

import io.kube4j.informers.ObjectKey;

/**
 * Brings the world in line with one primary object, named by its key. Read the object from the primary
 * informer's lister (it may be gone: then clean up). Called on a controller worker thread; never twice at
 * once for the same key. A thrown exception is logged and the key is retried with the per-key backoff.
 */
@FunctionalInterface
public interface Reconciler {
    Result reconcile(ObjectKey key) throws Exception;
}
