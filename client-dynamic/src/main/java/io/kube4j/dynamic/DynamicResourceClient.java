package io.kube4j.dynamic;

import io.kube4j.api.meta.v1.Status;
import io.kube4j.api.schema.GroupVersionResource;
import io.kube4j.client.ApiException;
import io.kube4j.client.ApplyOptions;
import io.kube4j.client.CreateOptions;
import io.kube4j.client.DeleteOptions;
import io.kube4j.client.GetOptions;
import io.kube4j.client.ListOptions;
import io.kube4j.client.PatchOptions;
import io.kube4j.client.PatchType;
import io.kube4j.client.ResourceClient;
import io.kube4j.client.UnsupportedMediaTypeException;
import io.kube4j.client.UpdateOptions;
import io.kube4j.client.Watch;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every verb of one resource over {@link Unstructured}, in one namespace or at cluster scope (client-go's
 * {@code ResourceInterface}). Get one from {@link DynamicClient#resource}: {@code dyn.resource(gvr)} addresses
 * cluster-scoped objects (and lists/watches across all namespaces), {@code dyn.resource(gvr).inNamespace(ns)}
 * namespaced ones. Errors are the REST core's ({@code NotFoundException}, {@code ConflictException}, ...).
 * Thread-safe; every call runs on the caller's thread.
 */
public class DynamicResourceClient {
    private final ResourceClient<Unstructured, UnstructuredList> engine;
    private final GroupVersionResource gvr;
    private final String namespace;

    DynamicResourceClient(ResourceClient<Unstructured, UnstructuredList> engine, GroupVersionResource gvr,
            String namespace) {
        this.engine = engine;
        this.gvr = gvr;
        this.namespace = namespace;
    }

    /** The resource this client addresses. */
    public GroupVersionResource resource() {
        return gvr;
    }

    /** The namespace, or empty at cluster scope (and for all-namespace lists and watches). */
    public Optional<String> namespace() {
        return Optional.ofNullable(namespace);
    }

    /** The object; {@code NotFoundException} when it does not exist. */
    public Unstructured get(String name) {
        return get(name, GetOptions.DEFAULT);
    }

    public Unstructured get(String name, GetOptions options) {
        return engine.get(namespace, name, options);
    }

    /** The object, or empty when it does not exist. */
    public Optional<Unstructured> find(String name) {
        return find(name, GetOptions.DEFAULT);
    }

    public Optional<Unstructured> find(String name, GetOptions options) {
        return engine.find(namespace, name, options);
    }

    /** One list call (one page when the options set a limit). */
    public UnstructuredList list() {
        return list(ListOptions.DEFAULT);
    }

    public UnstructuredList list(ListOptions options) {
        return engine.list(namespace, options);
    }

    /** Every object, fetched lazily page by page as the stream is consumed. */
    public Stream<Unstructured> listAll() {
        return listAll(ListOptions.DEFAULT);
    }

    public Stream<Unstructured> listAll(ListOptions options) {
        return engine.listAll(namespace, options);
    }

    /** Starts a watch; close it when done. */
    public Watch<Unstructured> watch() {
        return watch(ListOptions.DEFAULT);
    }

    public Watch<Unstructured> watch(ListOptions options) {
        return engine.watch(namespace, options);
    }

    /** Creates the object; {@code AlreadyExistsException} when the name is taken. */
    public Unstructured create(Unstructured object) {
        return create(object, CreateOptions.DEFAULT);
    }

    public Unstructured create(Unstructured object, CreateOptions options) {
        return engine.create(namespace, object, options);
    }

    /** Replaces the object; {@code ConflictException} when its resourceVersion is stale. */
    public Unstructured update(Unstructured object) {
        return update(object, UpdateOptions.DEFAULT);
    }

    public Unstructured update(Unstructured object, UpdateOptions options) {
        return engine.update(namespace, object, options);
    }

    /** Replaces the object's status (the {@code status} subresource). */
    public Unstructured updateStatus(Unstructured object) {
        return updateStatus(object, UpdateOptions.DEFAULT);
    }

    public Unstructured updateStatus(Unstructured object, UpdateOptions options) {
        return engine.updateStatus(namespace, object, options);
    }

    /**
     * Patches the object; {@code body} is in the patch type's format. Custom resources accept JSON, merge and
     * apply patches; the server refuses strategic merge for them with {@code UnsupportedMediaTypeException}.
     */
    public Unstructured patch(String name, PatchType type, String body) {
        return patch(name, type, body, PatchOptions.DEFAULT);
    }

    public Unstructured patch(String name, PatchType type, String body, PatchOptions options) {
        try {
            return engine.patch(namespace, name, type, body, options);
        } catch (UnsupportedMediaTypeException e) {
            throw explained(type, e);
        }
    }

    /** Patches the object's status. */
    public Unstructured patchStatus(String name, PatchType type, String body) {
        return patchStatus(name, type, body, PatchOptions.DEFAULT);
    }

    public Unstructured patchStatus(String name, PatchType type, String body, PatchOptions options) {
        try {
            return engine.patchStatus(namespace, name, type, body, options);
        } catch (UnsupportedMediaTypeException e) {
            throw explained(type, e);
        }
    }

    /** Server-side apply: {@code object} carries exactly the fields the field manager owns. */
    public Unstructured apply(Unstructured object, ApplyOptions options) {
        return engine.apply(namespace, object, options);
    }

    /** Server-side apply of the object's status. */
    public Unstructured applyStatus(Unstructured object, ApplyOptions options) {
        return engine.applyStatus(namespace, object, options);
    }

    /** Deletes the object; {@code NotFoundException} when it does not exist. */
    public void delete(String name) {
        delete(name, DeleteOptions.DEFAULT);
    }

    public void delete(String name, DeleteOptions options) {
        engine.delete(namespace, name, options);
    }

    /** Deletes every object the list options select (their label and field selectors). */
    public void deleteCollection(ListOptions listOptions) {
        deleteCollection(listOptions, DeleteOptions.DEFAULT);
    }

    public void deleteCollection(ListOptions listOptions, DeleteOptions deleteOptions) {
        engine.deleteCollection(namespace, listOptions, deleteOptions);
    }

    /** GET of a subresource, e.g. {@code scale} or {@code status}. */
    public Unstructured getSubresource(String name, String subresource) {
        return engine.getSubresource(namespace, name, subresource, Unstructured.class);
    }

    /** PUT of a subresource (e.g. {@code scale}, {@code finalize}); returns the server's answer. */
    public Unstructured updateSubresource(String name, String subresource, Unstructured body) {
        return engine.putSubresource(namespace, name, subresource, Objects.requireNonNull(body, "body"),
                Unstructured.class);
    }

    /** POST to a subresource (e.g. {@code eviction}, {@code token}); returns the server's answer. */
    public Unstructured createSubresource(String name, String subresource, Unstructured body) {
        return engine.postSubresource(namespace, name, subresource, Objects.requireNonNull(body, "body"),
                Unstructured.class);
    }

    /** PATCH of a subresource. */
    public Unstructured patchSubresource(String name, String subresource, PatchType type, String body,
            PatchOptions options) {
        try {
            return engine.patchSubresource(namespace, name, Objects.requireNonNull(subresource, "subresource"), type,
                    body, options, Unstructured.class);
        } catch (UnsupportedMediaTypeException e) {
            throw explained(type, e);
        }
    }

    /** Streams a subresource such as {@code log} (no read timeout); the caller closes the stream. */
    public InputStream streamSubresource(String name, String subresource, Map<String, String> query) {
        return engine.streamSubresource(namespace, name, subresource, query);
    }

    /** The {@code scale} subresource ({@code autoscaling/v1 Scale}). */
    public Unstructured getScale(String name) {
        return getSubresource(name, "scale");
    }

    /** Replaces the {@code scale} subresource; {@code scale} is an {@code autoscaling/v1 Scale}. */
    public Unstructured updateScale(String name, Unstructured scale) {
        return updateSubresource(name, "scale", scale);
    }

    /** Patches the {@code scale} subresource, e.g. a merge patch {@code {"spec":{"replicas":3}}}. */
    public Unstructured patchScale(String name, PatchType type, String body) {
        return patchSubresource(name, "scale", type, body, PatchOptions.DEFAULT);
    }

    /** The server's 415 for a strategic merge patch, with what to do instead (custom resources lack the schema). */
    private static ApiException explained(PatchType type, UnsupportedMediaTypeException e) {
        if (type != PatchType.STRATEGIC_MERGE) {
            return e;
        }
        Status s = e.status();
        String hint = "strategic merge patch is not supported for this resource (custom resources have no patch "
                + "strategy): use PatchType.MERGE, PatchType.JSON or server-side apply";
        Status explained = s.toBuilder().message(s.message() == null ? hint : s.message() + " (" + hint + ")").build();
        return ApiException.from(e.code(), explained, e.request(), e.retryAfter().orElse(null), e.warnings());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{" + gvr + (namespace == null ? "" : ", namespace=" + namespace) + "}";
    }
}
