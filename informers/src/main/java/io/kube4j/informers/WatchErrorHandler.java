package io.kube4j.informers;

import io.kube4j.client.KubeException;

/**
 * Told about every failed list or watch of an informer (e.g. a 403 Forbidden, a refused connection, a
 * dropped watch), except the expected 410 Gone that makes it relist. The informer retries with backoff
 * after calling it. Called on the reflector thread: keep it short and non-blocking.
 */
@FunctionalInterface
public interface WatchErrorHandler {
    /**
     * @param error what failed; its message names the request
     * @param consecutiveFailures failures in a row, this one included (1 for the first)
     */
    void onError(KubeException error, int consecutiveFailures);
}
