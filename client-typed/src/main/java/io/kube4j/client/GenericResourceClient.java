package io.kube4j.client;

import io.kube4j.api.KubernetesList;
import io.kube4j.api.KubernetesObject;
import io.kube4j.api.autoscaling.v1.Scale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Typed access to the resource of any model class, e.g. {@code client.resources(Widget.class)} for a CRD model
 * or a hand-written {@code @KubeResource} class. The scope is checked at run time: {@link #inNamespace} fails
 * for a cluster-scoped resource; for a namespaced one, without a namespace, list and watch span every
 * namespace, create/update/apply take the object's namespace, and the other verbs fail with a clear message.
 * Immutable and thread-safe; calls run on the caller's thread.
 *
 * @param <T> the model class
 */
public final class GenericResourceClient<T extends KubernetesObject> {
    private final ResourceClient<T, ? extends KubernetesList<T>> engine;
    private final String namespace;

    private GenericResourceClient(ResourceClient<T, ? extends KubernetesList<T>> engine, String namespace) {
        this.engine = engine;
        this.namespace = namespace;
    }

    /** The client of {@code type}'s resource (every namespace, or cluster-scoped). */
    public static <T extends KubernetesObject> GenericResourceClient<T> of(RestClient client,
            ResourceType<T, ? extends KubernetesList<T>> type) {
        return new GenericResourceClient<>(engine(client, type), null);
    }

    private static <T extends KubernetesObject, L extends KubernetesList<T>> ResourceClient<T, L> engine(
            RestClient client, ResourceType<T, L> type) {
        return new ResourceClient<>(Objects.requireNonNull(client, "client"), Objects.requireNonNull(type, "type"));
    }

    /**
     * The client of one namespace.
     *
     * @throws IllegalStateException for a cluster-scoped resource
     */
    public GenericResourceClient<T> inNamespace(String namespace) {
        if (!engine.type().namespaced()) {
            throw new IllegalStateException(engine.type().plural() + " (" + engine.type().kind()
                    + ") is cluster-scoped: it has no namespaces");
        }
        if (namespace == null || namespace.isEmpty()) {
            throw new IllegalArgumentException("a namespace is required");
        }
        return new GenericResourceClient<>(engine, namespace);
    }

    /** The namespace this client works in; empty for every namespace or a cluster-scoped resource. */
    public Optional<String> namespace() {
        return Optional.ofNullable(namespace);
    }

    public ResourceType<T, ? extends KubernetesList<T>> resourceType() {
        return engine.type();
    }

    /** The generic engine behind this client (subresources not covered here). */
    public ResourceClient<T, ? extends KubernetesList<T>> resourceClient() {
        return engine;
    }

    /** The object named {@code name}; {@link NotFoundException} if there is none. */
    public T get(String name) {
        return get(name, GetOptions.DEFAULT);
    }

    public T get(String name, GetOptions options) {
        return engine.get(namespace, name, options);
    }

    /** The object named {@code name}, or empty if there is none. */
    public Optional<T> find(String name) {
        return find(name, GetOptions.DEFAULT);
    }

    public Optional<T> find(String name, GetOptions options) {
        return engine.find(namespace, name, options);
    }

    /** One list call (one page when {@code limit} is set). */
    public KubernetesList<T> list() {
        return list(ListOptions.DEFAULT);
    }

    public KubernetesList<T> list(ListOptions options) {
        return engine.list(namespace, options);
    }

    /** Every object, fetched page by page as the stream is consumed. */
    public Stream<T> listAll() {
        return listAll(ListOptions.DEFAULT);
    }

    public Stream<T> listAll(ListOptions options) {
        return engine.listAll(namespace, options);
    }

    /** Watches the objects; close the watch to stop it. */
    public Watch<T> watch() {
        return watch(ListOptions.DEFAULT);
    }

    public Watch<T> watch(ListOptions options) {
        return engine.watch(namespace, options);
    }

    /** Creates the object (in this client's namespace, or the object's own). */
    public T create(T object) {
        return create(object, CreateOptions.DEFAULT);
    }

    public T create(T object, CreateOptions options) {
        return engine.create(namespace, object, options);
    }

    /** Replaces the object (a stale resourceVersion is a conflict). */
    public T update(T object) {
        return update(object, UpdateOptions.DEFAULT);
    }

    public T update(T object, UpdateOptions options) {
        return engine.update(namespace, object, options);
    }

    /** Patches the object named {@code name} with a body in the patch type's format. */
    public T patch(String name, PatchType type, String body) {
        return patch(name, type, body, PatchOptions.DEFAULT);
    }

    public T patch(String name, PatchType type, String body, PatchOptions options) {
        return engine.patch(namespace, name, type, body, options);
    }

    /** Server-side apply of {@code object}. */
    public T apply(T object, ApplyOptions options) {
        return engine.apply(namespace, object, options);
    }

    /** Deletes the object named {@code name}. */
    public void delete(String name) {
        delete(name, DeleteOptions.DEFAULT);
    }

    public void delete(String name, DeleteOptions options) {
        engine.delete(namespace, name, options);
    }

    /** Deletes every object the list options select. */
    public void deleteCollection(ListOptions selection) {
        deleteCollection(selection, DeleteOptions.DEFAULT);
    }

    public void deleteCollection(ListOptions selection, DeleteOptions options) {
        engine.deleteCollection(namespace, selection, options);
    }

    /** Reads the {@code status} subresource (404 if the resource has none). */
    public T getStatus(String name) {
        return engine.getSubresource(namespace, name, "status", GetOptions.DEFAULT, engine.type().type());
    }

    /** Replaces the status of the object. */
    public T updateStatus(T object) {
        return updateStatus(object, UpdateOptions.DEFAULT);
    }

    public T updateStatus(T object, UpdateOptions options) {
        return engine.updateStatus(namespace, object, options);
    }

    /** Patches the status of the object named {@code name}. */
    public T patchStatus(String name, PatchType type, String body) {
        return patchStatus(name, type, body, PatchOptions.DEFAULT);
    }

    public T patchStatus(String name, PatchType type, String body, PatchOptions options) {
        return engine.patchStatus(namespace, name, type, body, options);
    }

    /** Server-side apply of the status in {@code object}. */
    public T applyStatus(T object, ApplyOptions options) {
        return engine.applyStatus(namespace, object, options);
    }

    /** Reads the {@code scale} subresource (404 if the resource has none). */
    public Scale getScale(String name) {
        return engine.getSubresource(namespace, name, "scale", GetOptions.DEFAULT, Scale.class);
    }

    /** Replaces the {@code scale} subresource. */
    public Scale updateScale(String name, Scale scale) {
        return updateScale(name, scale, UpdateOptions.DEFAULT);
    }

    public Scale updateScale(String name, Scale scale, UpdateOptions options) {
        return engine.putSubresource(namespace, name, "scale", scale, options, Scale.class);
    }

    /** Patches the {@code scale} subresource. */
    public Scale patchScale(String name, PatchType type, String body) {
        return engine.patchSubresource(namespace, name, "scale", type, body, PatchOptions.DEFAULT, Scale.class);
    }

    @Override
    public String toString() {
        return "GenericResourceClient{" + engine.type() + (namespace == null ? "" : ", namespace=" + namespace) + "}";
    }
}
