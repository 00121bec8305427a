package io.kube4j.client;

import io.kube4j.api.KubernetesList;
import io.kube4j.api.KubernetesObject;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A namespaced resource across every namespace, e.g. {@code client.coreV1().pods()}: only list and watch
 * (what the server offers there); {@link #inNamespace} gives the full client of one namespace. For a cache of
 * every namespace, use an informer. Immutable and thread-safe; calls run on the caller's thread.
 *
 * @param <T> the kind
 * @param <L> its list type
 * @param <C> the client of one namespace
 */
public final class AllNamespacesClient<T extends KubernetesObject, L extends KubernetesList<T>, C> {
    private final ResourceClient<T, L> engine;
    private final Function<String, C> inNamespace;

    /**
     * @param engine      the engine of a namespaced resource
     * @param inNamespace makes the client of one namespace
     */
    public AllNamespacesClient(ResourceClient<T, L> engine, Function<String, C> inNamespace) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.inNamespace = Objects.requireNonNull(inNamespace, "inNamespace");
        if (!engine.type().namespaced()) {
            throw new IllegalArgumentException(engine.type() + " is cluster-scoped");
        }
    }

    /** The client of one namespace; the same as the group-version's {@code pods("ns")}. */
    public C inNamespace(String namespace) {
        return inNamespace.apply(namespace);
    }

    /** One list call over every namespace (one page when {@code limit} is set). */
    public L list() {
        return list(ListOptions.DEFAULT);
    }

    /** One list call over every namespace, with options. */
    public L list(ListOptions options) {
        return engine.list(null, options);
    }

    /** Every object in every namespace, fetched page by page as the stream is consumed. */
    public Stream<T> listAll() {
        return listAll(ListOptions.DEFAULT);
    }

    /** Every object the options select in every namespace, fetched page by page. */
    public Stream<T> listAll(ListOptions options) {
        return engine.listAll(null, options);
    }

    /** Watches every namespace; close the watch to stop it. */
    public Watch<T> watch() {
        return watch(ListOptions.DEFAULT);
    }

    /** Watches every namespace with options; close the watch to stop it. */
    public Watch<T> watch(ListOptions options) {
        return engine.watch(null, options);
    }

    /** The resource type, e.g. for {@code SharedInformerFactory.informerFor}. */
    public ResourceType<T, L> resourceType() {
        return engine.type();
    }

    /** The generic engine behind this view. */
    public ResourceClient<T, L> resourceClient() {
        return engine;
    }

    @Override
    public String toString() {
        return "AllNamespacesClient{" + engine.type() + "}";
    }
}
