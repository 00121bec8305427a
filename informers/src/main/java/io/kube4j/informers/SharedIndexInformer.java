package io.kube4j.informers;

import io.kube4j.api.KubernetesObject;
import io.kube4j.client.ResourceType;
import java.time.Duration;
import java.util.Map;

/**
 * A cache of one resource (in one namespace or all, optionally filtered by selectors) kept up to date by
 * one list/watch loop, with any number of event handlers and indexes. Usually obtained from a
 * {@link SharedInformerFactory}, which shares it among everyone who asks for the same list/watch.
 *
 * <p>Threads: one reflector thread ({@code kube4j-reflector-<resource>-<n>}) lists, watches and is the
 * only writer of the cache; each handler runs on its own serial thread ({@code kube4j-handler-<resource>-<n>}).
 * Cache reads ({@link #indexer()}, {@link #lister()}) work from any thread and never wait on I/O.
 * {@link #close()} stops them all.
 */
public interface SharedIndexInformer<T extends KubernetesObject> extends AutoCloseable {
    /**
     * Adds a handler with the informer's default resync period. A handler added after the cache synced
     * first receives the current content as adds ({@code inInitialList = true}).
     *
     * @throws IllegalStateException after {@link #close()}
     */
    HandlerRegistration addEventHandler(ResourceEventHandler<? super T> handler);

    /**
     * Adds a handler that also gets every cached object as an update ({@code old == new}) each
     * {@code resyncPeriod} (zero: never; otherwise at least one second), once it has caught up.
     */
    HandlerRegistration addEventHandler(ResourceEventHandler<? super T> handler, Duration resyncPeriod);

    /**
     * Adds an index; allowed before or after start (existing objects are indexed at once).
     *
     * @throws IllegalArgumentException if an index of that name exists
     */
    void addIndexer(String name, IndexFunction<? super T> function);

    /** Adds several indexes at once; see {@link #addIndexer}. */
    void addIndexers(Map<String, IndexFunction<? super T>> functions);

    /** The cache with its indexes. */
    Indexer<T> indexer();

    /** Typed reads of the cache. */
    Lister<T> lister();

    /** Whether the cache has been filled by a complete list (stays true through later reconnects). */
    boolean hasSynced();

    /**
     * Waits until {@link #hasSynced()}.
     *
     * @throws CacheSyncException on timeout, naming the informer and its last error (e.g. 403 Forbidden)
     * @throws IllegalStateException if the informer was never started or is closed
     */
    void waitForCacheSync(Duration timeout);

    /** The resourceVersion of the last list, event or bookmark seen; empty before the first list. */
    String lastSyncResourceVersion();

    /** What the list/watch loop is doing, its last error and counters. */
    InformerHealth health();

    /** Sets the handler told about every list/watch failure (replacing the default, which only logs). */
    void setWatchErrorHandler(WatchErrorHandler handler);

    /** The resource listed and watched. */
    ResourceType<?, ?> resourceType();

    /** The options it was built with (namespace, selectors, ...). */
    InformerOptions options();

    /**
     * Starts the list/watch loop and the handler threads. Idempotent.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    void start();

    /** Started and not closed. */
    boolean isRunning();

    /** Stops the loop and every handler thread and waits (bounded) for them to end. Idempotent. */
    @Override
    void close();
}
