package io.kube4j.informers;

import io.kube4j.api.KubernetesList;
import io.kube4j.api.KubernetesObject;
import io.kube4j.api.meta.v1.PartialObjectMetadata;
import io.kube4j.api.meta.v1.PartialObjectMetadataList;
import io.kube4j.api.schema.GroupVersionResource;
import io.kube4j.client.KubernetesClient;
import io.kube4j.client.ResourceClient;
import io.kube4j.client.ResourceType;
import io.kube4j.client.RestClient;
import io.kube4j.discovery.RestMapping;
import io.kube4j.dynamic.DynamicClient;
import io.kube4j.dynamic.Unstructured;
import io.kube4j.dynamic.UnstructuredList;
import io.kube4j.informers.internal.DefaultSharedIndexInformer;
import io.kube4j.informers.internal.ListerWatcher;
import io.kube4j.informers.internal.ResourceListerWatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

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
    /** What metadata-only lists and watches accept: the server converts each object (or list) to PartialObjectMetadata. */
    private static final String METADATA_LIST = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1";
    private static final String METADATA_WATCH = "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1";

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

    /**
     * A factory listing and watching through the clientset's REST client, whose handlers resync every
     * {@code defaultResync} ({@link Duration#ZERO}: never). Close the factory before the client.
     */
    public static SharedInformerFactory create(KubernetesClient client, Duration defaultResync) {
        return new SharedInformerFactory(Objects.requireNonNull(client, "client").restClient(), defaultResync);
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
        return shared(type, type.type(), options,
                () -> ResourceListerWatcher.of(new ResourceClient<>(client, type), options.namespace()));
    }

    /**
     * The shared informer on every object of a model class (a built-in kind such as {@code Pod.class}, or a
     * generated CRD model): all namespaces for namespaced resources.
     *
     * @throws IllegalArgumentException if the class is not a resource model (no {@code @KubeResource})
     */
    public <T extends KubernetesObject> SharedIndexInformer<T> informerFor(Class<T> type) {
        return informerFor(type, InformerOptions.DEFAULT);
    }

    /** The shared informer on the objects of a model class, with these options. */
    public <T extends KubernetesObject> SharedIndexInformer<T> informerFor(Class<T> type, InformerOptions options) {
        return informerFor(ResourceType.of(Objects.requireNonNull(type, "type")), options);
    }

    /**
     * A metadata-only informer: the objects of {@code type} as {@link PartialObjectMetadata} (apiVersion, kind,
     * metadata), which the server sends instead of whole objects. For programs that need names, labels,
     * owners or resourceVersions of many large objects (Secrets, ConfigMaps, CRDs) without their bodies.
     */
    public SharedIndexInformer<PartialObjectMetadata> metadataInformerFor(ResourceType<?, ?> type,
            InformerOptions options) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(options, "options");
        ResourceClient<?, ?> resource = new ResourceClient<>(client, type);
        return shared(type, PartialObjectMetadata.class, options,
                () -> ResourceListerWatcher.as(resource, options.namespace(), PartialObjectMetadata.class,
                        PartialObjectMetadataList.class, METADATA_LIST, METADATA_WATCH));
    }

    /** A metadata-only informer on the objects of a model class; see {@link #metadataInformerFor(ResourceType, InformerOptions)}. */
    public SharedIndexInformer<PartialObjectMetadata> metadataInformerFor(Class<? extends KubernetesObject> type,
            InformerOptions options) {
        return metadataInformerFor(ResourceType.of(Objects.requireNonNull(type, "type")), options);
    }

    /** A metadata-only informer on any resource; see {@link #metadataInformerFor(ResourceType, InformerOptions)}. */
    public SharedIndexInformer<PartialObjectMetadata> metadataInformerFor(GroupVersionResource resource,
            InformerOptions options) {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(options, "options");
        return metadataInformerFor(DynamicClient.resourceType(resource, options.namespace() != null), options);
    }

    /**
     * The shared informer on any resource, built-in or custom, as {@link Unstructured} objects (all namespaces,
     * or cluster-scoped).
     */
    public SharedIndexInformer<Unstructured> informerFor(GroupVersionResource resource) {
        return informerFor(resource, InformerOptions.DEFAULT);
    }

    /**
     * The shared informer on any resource as {@link Unstructured} objects, with these options. The resource's
     * kind is unknown here: a controller that {@code owns} objects needs {@link #informerFor(RestMapping,
     * InformerOptions)} for its primary.
     */
    public SharedIndexInformer<Unstructured> informerFor(GroupVersionResource resource, InformerOptions options) {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(options, "options");
        return informerFor(DynamicClient.resourceType(resource, options.namespace() != null), options);
    }

    /** The shared informer on the resource of a {@link RestMapping} (from discovery) as {@link Unstructured} objects. */
    public SharedIndexInformer<Unstructured> informerFor(RestMapping mapping, InformerOptions options) {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(options, "options");
        String plural = mapping.resource().resource();
        ResourceType<Unstructured, UnstructuredList> type = mapping.namespaced()
                ? ResourceType.namespaced(mapping.kind(), plural, Unstructured.class, UnstructuredList.class)
                : ResourceType.clusterScoped(mapping.kind(), plural, Unstructured.class, UnstructuredList.class);
        return informerFor(type, options);
    }

    /**
     * The informer of {@code objectType} objects of {@code type} (the type itself, or another representation
     * such as metadata only), created with {@code lw} unless it exists.
     */
    @SuppressWarnings("unchecked")
    private <T extends KubernetesObject> SharedIndexInformer<T> shared(ResourceType<?, ?> type, Class<T> objectType,
            InformerOptions options, Supplier<? extends ListerWatcher<T>> lw) {
        Key key = new Key(type, objectType, options);
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
            DefaultSharedIndexInformer<T> created = new DefaultSharedIndexInformer<>(type, objectType, lw.get(),
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

    /**
     * What makes two requests share one informer: the collection's URL (so a dynamic informer asked for by
     * resource or by mapping is the same one), the Java type of the objects, namespace and selectors.
     */
    private record Key(String collection, Class<?> objectType, String namespace, String labelSelector,
            String fieldSelector) {
        Key(ResourceType<?, ?> type, Class<?> objectType, InformerOptions o) {
            this(type.apiPath() + "/" + type.plural(), objectType, o.namespace(), o.labelSelector(), o.fieldSelector());
        }
    }
}
