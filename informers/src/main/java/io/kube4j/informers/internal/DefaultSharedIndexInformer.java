package io.kube4j.informers.internal;

import io.kube4j.api.KubernetesObject;
import io.kube4j.client.ApiException;
import io.kube4j.client.KubeException;
import io.kube4j.client.ResourceType;
import io.kube4j.client.internal.Threads;
import io.kube4j.informers.CacheSyncException;
import io.kube4j.informers.HandlerRegistration;
import io.kube4j.informers.IndexFunction;
import io.kube4j.informers.Indexer;
import io.kube4j.informers.Indexers;
import io.kube4j.informers.InformerHealth;
import io.kube4j.informers.InformerOptions;
import io.kube4j.informers.Lister;
import io.kube4j.informers.ResourceEventHandler;
import io.kube4j.informers.SharedIndexInformer;
import io.kube4j.informers.WatchErrorHandler;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The informer: a {@link Reflector} on its own thread feeding an {@link InformerCache}, plus the
 * handler registrations and the lifecycle. See {@link SharedIndexInformer} for the contract.
 */
public final class DefaultSharedIndexInformer<T extends KubernetesObject> implements SharedIndexInformer<T> {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultSharedIndexInformer.class);
    private static final AtomicInteger THREAD_IDS = new AtomicInteger();
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final ResourceType<?, ?> resourceType;
    private final InformerOptions options;
    private final Duration defaultResync;
    private final String description;
    private final String threadTag;
    private final InformerCache<T> cache;
    private final Reflector<T> reflector;
    private final Lister<T> lister;

    private volatile WatchErrorHandler errorHandler;
    private final Object lifecycle = new Object();
    private boolean started;
    private boolean closed;
    private Thread reflectorThread;

    /**
     * @param objectType the Java type of the cached objects
     * @param defaultResync resync of handlers added without one when the options set none
     */
    public DefaultSharedIndexInformer(ResourceType<?, ?> resourceType, Class<T> objectType, ListerWatcher<T> lw,
            InformerOptions options, Duration defaultResync) {
        this.resourceType = Objects.requireNonNull(resourceType, "resourceType");
        this.options = Objects.requireNonNull(options, "options");
        this.defaultResync = options.resyncPeriod() != null ? options.resyncPeriod()
                : defaultResync == null ? Duration.ZERO : defaultResync;
        this.description = lw.describe();
        this.threadTag = resourceType.plural() + (resourceType.group().isEmpty() ? "" : "." + resourceType.group());
        ThreadSafeIndexer<T> indexer = new ThreadSafeIndexer<>(description);
        indexer.addIndexers(Map.of(Indexers.NAMESPACE, Indexers.byNamespace()));
        this.cache = new InformerCache<>(description, objectType, options.transform(), indexer);
        this.reflector = new Reflector<>(lw, cache, options, this::reportFailure);
        this.lister = new CacheLister<>(indexer);
    }

    @Override
    public HandlerRegistration addEventHandler(ResourceEventHandler<? super T> handler) {
        return addEventHandler(handler, defaultResync);
    }

    @Override
    public HandlerRegistration addEventHandler(ResourceEventHandler<? super T> handler, Duration resyncPeriod) {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(resyncPeriod, "resyncPeriod");
        if (!resyncPeriod.isZero() && resyncPeriod.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("a resync period is zero (none) or at least 1s, got " + resyncPeriod);
        }
        String name = Threads.PREFIX + "handler-" + threadTag + "-" + THREAD_IDS.incrementAndGet();
        HandlerListener<T> listener = new HandlerListener<>(handler, resyncPeriod, name, cache::resync, this::remove);
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("the informer on " + description + " is closed");
            }
            cache.addListener(listener);
            if (started) {
                listener.start();
            }
        }
        return listener;
    }

    private void remove(HandlerListener<T> listener) {
        if (cache.removeListener(listener)) {
            listener.stop();
        }
    }

    @Override
    public void addIndexer(String name, IndexFunction<? super T> function) {
        Objects.requireNonNull(function, "function");
        addIndexers(Map.of(Objects.requireNonNull(name, "name"), function));
    }

    @Override
    public void addIndexers(Map<String, IndexFunction<? super T>> functions) {
        Map<String, IndexFunction<T>> typed = new LinkedHashMap<>();
        functions.forEach((name, fn) -> {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("an index needs a name");
            }
            typed.put(name, fn::values);
        });
        cache.indexer().addIndexers(typed);
    }

    @Override
    public Indexer<T> indexer() {
        return cache.indexer();
    }

    @Override
    public Lister<T> lister() {
        return lister;
    }

    @Override
    public boolean hasSynced() {
        return cache.synced();
    }

    @Override
    public void waitForCacheSync(Duration timeout) {
        synchronized (lifecycle) {
            if (!started) {
                throw new IllegalStateException("the informer on " + description + " was not started");
            }
        }
        try {
            if (cache.awaitSynced(timeout)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CacheSyncException("interrupted while waiting for " + description + " to sync",
                    List.of(description), e);
        }
        String why = unsyncedReason();
        throw new CacheSyncException("not synced after " + timeout + ": " + why, List.of(why),
                health().lastError().orElse(null));
    }

    /** The informer and why it has not synced, e.g. {@code pods in namespace a: 403 Forbidden: ...}. */
    public String unsyncedReason() {
        InformerHealth h = health();
        return description + h.lastError().map(e -> ": " + summary(e) + " (failed " + h.consecutiveFailures()
                + " times in a row, retrying with backoff)").orElse(": no answer yet (" + h.state() + ")");
    }

    @Override
    public String lastSyncResourceVersion() {
        return reflector.health().resourceVersion();
    }

    @Override
    public InformerHealth health() {
        InformerHealth h = reflector.health();
        synchronized (lifecycle) {
            if (!started && !closed) {
                return new InformerHealth(InformerHealth.State.NEW, false, 0, null, null, "", 0, 0, 0,
                        h.usesWatchList());
            }
        }
        return h;
    }

    @Override
    public void setWatchErrorHandler(WatchErrorHandler handler) {
        this.errorHandler = handler;
    }

    @Override
    public ResourceType<?, ?> resourceType() {
        return resourceType;
    }

    @Override
    public InformerOptions options() {
        return options;
    }

    /** The informer's description, e.g. {@code pods in namespace a}. */
    public String description() {
        return description;
    }

    @Override
    public void start() {
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("the informer on " + description + " is closed");
            }
            if (started) {
                return;
            }
            started = true;
            for (HandlerListener<T> l : cache.listeners()) {
                l.start();
            }
            reflectorThread = Threads.start(Threads.PREFIX + "reflector-" + threadTag + "-" + THREAD_IDS.incrementAndGet(),
                    reflector::run);
        }
    }

    @Override
    public boolean isRunning() {
        synchronized (lifecycle) {
            return started && !closed;
        }
    }

    @Override
    public void close() {
        signalStop();
        awaitStop(System.nanoTime() + STOP_WAIT.toNanos());
    }

    /** First half of {@link #close()}: tells every thread to stop, without waiting. Idempotent. */
    public void signalStop() {
        Thread t;
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            t = reflectorThread;
        }
        reflector.stop();
        if (t != null) {
            t.interrupt(); // cuts a list in flight or a backoff sleep short
        }
        for (HandlerListener<T> l : cache.listeners()) {
            l.signalStop();
        }
    }

    /** Second half of {@link #close()}: waits until {@code deadlineNanos} for the threads to end. */
    public boolean awaitStop(long deadlineNanos) {
        Thread t;
        synchronized (lifecycle) {
            t = reflectorThread;
        }
        boolean ended = true;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (t.isAlive()) {
                // Only an HTTP call that ignores interrupts (a watch being opened) can hold it; closing
                // the client cancels that call and the thread then ends.
                LOG.warn("{}: the reflector thread is still in an HTTP call; it ends when the call does",
                        description);
                ended = false;
            }
        }
        for (HandlerListener<T> l : cache.listeners()) {
            ended &= l.join(deadlineNanos);
        }
        return ended;
    }

    @Override
    public String toString() {
        return "SharedIndexInformer{" + description + ", " + health() + ", handler backlogs "
                + cache.describeListeners() + "}";
    }

    private void reportFailure(KubeException error, int consecutiveFailures) {
        WatchErrorHandler h = errorHandler;
        if (h != null) {
            h.onError(error, consecutiveFailures);
            return;
        }
        if (error instanceof ApiException) {
            LOG.warn("{}: {} (failure {} in a row; retrying with backoff)", description, summary(error),
                    consecutiveFailures);
        } else if (consecutiveFailures == 1) {
            LOG.info("{}: {}; resuming from the last resourceVersion", description, summary(error));
        } else {
            LOG.warn("{}: {} (failure {} in a row; retrying with backoff)", description, summary(error),
                    consecutiveFailures);
        }
    }

    private static String summary(KubeException e) {
        if (e instanceof ApiException) {
            return e.getMessage(); // "GET /api/v1/pods: 403 Forbidden: ..."
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
