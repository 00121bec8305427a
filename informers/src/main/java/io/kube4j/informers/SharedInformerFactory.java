package io.kube4j.informers;

import io.kube4j.api.KubernetesList;
import io.kube4j.api.KubernetesObject;
import io.kube4j.client.ResourceClient;
import io.kube4j.client.ResourceType;
import io.kube4j.client.RestClient;
import io.kube4j.informers.internal.DefaultSharedIndexInformer;
import io.kube4j.informers.internal.ListerWatcher;
import io.kube4j.informers.internal.ResourceListerWatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hands out {@link SharedIndexInformer}s, one per resource, namespace and selectors, so that every part
 * of a program asking for the same list/watch shares one connection and one cache. Informers are built
 * on first request and run after {@link #start()} (call it again for informers requested later).
 *
 * <pre>{@code
 * try (SharedInformerFactory factory = SharedInformerFactory.create(restClient, Duration.ofMinutes(10))) {
 *     SharedIndexInformer<Pod> pods = factory.informerFor(PODS, InformerOptions.namespace("default"));
 *     pods.addEventHandler(ResourceEventHandler.<Pod>builder().onAdd(p -> ...).build());
 *     factory.start();
 *     factory.waitForCacheSync(Duration.ofSeconds(30));
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} stops every informer and its threads (not the client: close the
 * factory first, then the client).
 */
public final class SharedInformerFactory implements AutoCloseable {
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final RestClient client;
    private final Duration defaultResync;
    private final Map<Key, DefaultSharedIndexInformer<?>> informers = new LinkedHashMap<>();
    private boolean closed;

    private SharedInformerFactory(RestClient client, Duration defaultResync) {
        this.client = Objects.requireNonNull(client, "client");
        this.defaultResync = InformerOptions.checkResync(Objects.requireNonNull(defaultResync, "defaultResync"));
    }

    /**
     * A factory whose handlers resync every {@code defaultResync} unless their informer or registration
     * says otherwise ({@link Duration#ZERO}: no resync).
     */
    public static SharedInformerFactory create(RestClient client, Duration defaultResync) {
        return new SharedInformerFactory(client, defaultResync);
    }

    /** A factory without resync. */
    public static SharedInformerFactory create(RestClient client) {
        return new SharedInformerFactory(client, Duration.ZERO);
    }

    /** The client the informers list and watch with. */
    public RestClient client() {
        return client;
    }

    /** The shared informer on every object of {@code type} (all namespaces for namespaced resources). */
    public <T extends KubernetesObject, L extends KubernetesList<T>> SharedIndexInformer<T> informerFor(
            ResourceType<T, L> type) {
        return informerFor(type, InformerOptions.DEFAULT);
    }

    /**
     * The shared informer on {@code type} with these options.
     *
     * @throws IllegalArgumentException if the informer for the same list/watch exists with other options,
     *     or a cluster-scoped resource is given a namespace
     * @throws IllegalStateException after {@link #close()}
     */
    public <T extends KubernetesObject, L extends KubernetesList<T>> SharedIndexInformer<T> informerFor(
            ResourceType<T, L> type, InformerOptions options) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(options, "options");
        return shared(new Key(type, type.type(), options), options,
                () -> ResourceListerWatcher.of(new ResourceClient<>(client, type), options.namespace()), type.type());
    }

    /**
     * The shared informer of another representation of a resource (e.g. metadata only); used by the
     * typed, dynamic and metadata entry points.
     */
    <T extends KubernetesObject> SharedIndexInformer<T> shared(ResourceType<?, ?> type, Class<T> objectType,
            InformerOptions options, java.util.function.Supplier<ListerWatcher<T>> lw) {
        return shared(new Key(type, objectType, options), options, lw, objectType);
    }

    @SuppressWarnings("unchecked")
    private <T extends KubernetesObject> SharedIndexInformer<T> shared(Key key, InformerOptions options,
            java.util.function.Supplier<? extends ListerWatcher<T>> lw, Class<T> objectType) {
        synchronized (informers) {
            if (closed) {
                throw new IllegalStateException("the informer factory is closed");
            }
            DefaultSharedIndexInformer<?> existing = informers.get(key);
            if (existing != null) {
                if (!existing.options().equals(options)) {
                    throw new IllegalArgumentException("the informer on " + existing.description()
                            + " exists with other options: " + existing.options() + "; asked for " + options);
                }
                return (SharedIndexInformer<T>) existing;
            }
            DefaultSharedIndexInformer<T> created = new DefaultSharedIndexInformer<>(key.type, objectType, lw.get(),
                    options, defaultResync);
            informers.put(key, created);
            return created;
        }
    }

    /** Starts every informer not started yet. */
    public void start() {
        for (DefaultSharedIndexInformer<?> i : snapshot()) {
            i.start();
        }
    }

    /**
     * Waits until every started informer has synced.
     *
     * @throws CacheSyncException on timeout, naming each informer that did not sync and its last error
     */
    public void waitForCacheSync(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> unsynced = new ArrayList<>();
        Throwable cause = null;
        for (DefaultSharedIndexInformer<?> i : snapshot()) {
            if (!i.isRunning()) {
                continue;
            }
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            try {
                i.waitForCacheSync(left);
            } catch (CacheSyncException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                unsynced.add(i.unsyncedReason());
                cause = cause == null ? e.getCause() : cause;
            }
        }
        if (!unsynced.isEmpty()) {
            throw new CacheSyncException("not synced after " + timeout + ": " + String.join("; ", unsynced),
                    unsynced, cause);
        }
    }

    /** The informers handed out so far. */
    public List<SharedIndexInformer<?>> informers() {
        return List.copyOf(snapshot());
    }

    /** Stops every informer and waits (bounded) for their threads. Idempotent. */
    @Override
    public void close() {
        List<DefaultSharedIndexInformer<?>> all;
        synchronized (informers) {
            if (closed) {
                return;
            }
            closed = true;
            all = new ArrayList<>(informers.values());
        }
        all.forEach(DefaultSharedIndexInformer::signalStop);
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        for (DefaultSharedIndexInformer<?> i : all) {
            i.awaitStop(deadline);
        }
    }

    @Override
    public String toString() {
        return "SharedInformerFactory{" + snapshot() + "}";
    }

    private List<DefaultSharedIndexInformer<?>> snapshot() {
        synchronized (informers) {
            return new ArrayList<>(informers.values());
        }
    }

    /** What makes two requests share one informer. */
    private record Key(ResourceType<?, ?> type, Class<?> objectType, String namespace, String labelSelector,
            String fieldSelector) {
        Key(ResourceType<?, ?> type, Class<?> objectType, InformerOptions o) {
            this(type, objectType, o.namespace(), o.labelSelector(), o.fieldSelector());
        }
    }
}
