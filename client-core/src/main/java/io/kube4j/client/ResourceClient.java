package io.kube4j.client;

import io.kube4j.api.KubernetesList;
import io.kube4j.api.KubernetesObject;
import io.kube4j.api.meta.v1.ObjectMeta;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The one generic engine behind typed and dynamic clients: every verb of one {@link ResourceType}. Each
 * method takes the namespace first ({@code null} for cluster-scoped resources, or for all namespaces in
 * list, watch) and an options object ({@code XxxOptions.DEFAULT} for none). Create, update and apply
 * take the namespace from the object when {@code ns} is null. Thread-safe; runs on the caller's thread.
 */
public final class ResourceClient<T extends KubernetesObject, L extends KubernetesList<T>> {
    /** Page size of {@link #listAll} when the options set none (client-go's pager default). */
    public static final long DEFAULT_PAGE_SIZE = 500;

    private final RestClient client;
    private final ResourceType<T, L> type;

    public ResourceClient(RestClient client, ResourceType<T, L> type) {
        this.client = Objects.requireNonNull(client, "client");
        this.type = Objects.requireNonNull(type, "type");
    }

    public ResourceType<T, L> type() {
        return type;
    }

    public RestClient restClient() {
        return client;
    }

    /** The object; {@link NotFoundException} when it does not exist. */
    public T get(String ns, String name, GetOptions options) {
        return named(client.get(), ns, name).params(options.toQueryParams()).execute(type.type());
    }

    /** The object, or empty when it does not exist. */
    public Optional<T> find(String ns, String name, GetOptions options) {
        try {
            return Optional.of(get(ns, name, options));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** One list call (one page when {@code limit} is set). */
    public L list(String ns, ListOptions options) {
        return collection(client.get(), ns, true).params(options.toQueryParams()).execute(type.listType());
    }

    /**
     * Every object, fetched lazily page by page ({@value #DEFAULT_PAGE_SIZE} per page unless the options set
     * a limit) as the stream is consumed. If a continue token expires mid-way the stream throws a
     * {@link GoneException} ({@link GoneException#isExpired()}): start again from the first page.
     */
    public Stream<T> listAll(String ns, ListOptions options) {
        ListOptions first = options.limit() == null ? options.toBuilder().limit(DEFAULT_PAGE_SIZE).build() : options;
        Pager<T, L> pager = new Pager<>(first, opts -> list(ns, opts));
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(pager, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Starts a watch; see {@link Watch} for how it ends. */
    public Watch<T> watch(String ns, ListOptions options) {
        return collection(client.get(), ns, true).params(options.toQueryParams()).watch(type.type());
    }

    /** Creates the object; {@link AlreadyExistsException} when the name is taken. */
    public T create(String ns, T object, CreateOptions options) {
        return collection(client.post(), namespaceFor(ns, object), false)
                .params(options.toQueryParams()).body(object).execute(type.type());
    }

    /** Replaces the object; {@link ConflictException} when its resourceVersion is stale. */
    public T update(String ns, T object, UpdateOptions options) {
        return named(client.put(), namespaceFor(ns, object), nameOf(object))
                .params(options.toQueryParams()).body(object).execute(type.type());
    }

    /** Replaces the object's status ({@code /status}). */
    public T updateStatus(String ns, T object, UpdateOptions options) {
        return named(client.put(), namespaceFor(ns, object), nameOf(object)).subresource("status")
                .params(options.toQueryParams()).body(object).execute(type.type());
    }

    /** Patches the object; {@code body} is in the patch type's format. */
    public T patch(String ns, String name, PatchType patchType, String body, PatchOptions options) {
        return patchSubresource(ns, name, null, patchType, body, options, type.type());
    }

    /** Patches the object's status. */
    public T patchStatus(String ns, String name, PatchType patchType, String body, PatchOptions options) {
        return patchSubresource(ns, name, "status", patchType, body, options, type.type());
    }

    /** Server-side apply of the object (which carries only the fields the manager owns). */
    public T apply(String ns, T object, ApplyOptions options) {
        return applyTo(ns, object, null, options);
    }

    /** Server-side apply of the object's status. */
    public T applyStatus(String ns, T object, ApplyOptions options) {
        return applyTo(ns, object, "status", options);
    }

    /** Deletes the object; {@link NotFoundException} when it does not exist. */
    public void delete(String ns, String name, DeleteOptions options) {
        named(client.delete(), ns, name).body(options.toBody()).execute();
    }

    /** Deletes every object the list options select, in one namespace or a cluster-scoped resource. */
    public void deleteCollection(String ns, ListOptions listOptions, DeleteOptions deleteOptions) {
        collection(client.delete(), ns, false).params(listOptions.toQueryParams())
                .body(deleteOptions.toBody()).execute();
    }

    /** GET of a subresource, e.g. {@code scale}. */
    public <R> R getSubresource(String ns, String name, String subresource, Class<R> resultType) {
        return named(client.get(), ns, name).subresource(subresource).execute(resultType);
    }

    /** PUT of a subresource, e.g. {@code scale}, {@code finalize}. */
    public <R> R putSubresource(String ns, String name, String subresource, Object body, Class<R> resultType) {
        return named(client.put(), ns, name).subresource(subresource).body(Objects.requireNonNull(body, "body"))
                .execute(resultType);
    }

    /** POST to a subresource, e.g. {@code eviction}, {@code binding}, {@code token}. */
    public <R> R postSubresource(String ns, String name, String subresource, Object body, Class<R> resultType) {
        return named(client.post(), ns, name).subresource(subresource).body(Objects.requireNonNull(body, "body"))
                .execute(resultType);
    }

    /** PATCH of a subresource ({@code subresource} null patches the object itself). */
    public <R> R patchSubresource(String ns, String name, String subresource, PatchType patchType, String body,
            PatchOptions options, Class<R> resultType) {
        RequestBuilder b = named(client.patch(patchType), ns, name);
        if (subresource != null) {
            b.subresource(subresource);
        }
        return b.params(options.toQueryParams()).body(Objects.requireNonNull(body, "body")).execute(resultType);
    }

    /** Streams a subresource such as {@code log} (no read timeout); the caller closes the stream. */
    public InputStream streamSubresource(String ns, String name, String subresource, Map<String, String> query) {
        return named(client.get(), ns, name).subresource(subresource).params(query).stream();
    }

    @Override
    public String toString() {
        return "ResourceClient{" + type + "}";
    }

    private T applyTo(String ns, T object, String subresource, ApplyOptions options) {
        RequestBuilder b = named(client.patch(PatchType.APPLY), namespaceFor(ns, object), nameOf(object));
        if (subresource != null) {
            b.subresource(subresource);
        }
        // The apply content type is YAML, of which JSON is a subset: the object goes out as JSON.
        return b.params(options.toQueryParams()).body(object).execute(type.type());
    }

    private RequestBuilder named(RequestBuilder b, String ns, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(type.plural() + ": a name is required");
        }
        return collection(b, ns, false).name(name);
    }

    private RequestBuilder collection(RequestBuilder b, String ns, boolean allNamespacesAllowed) {
        boolean hasNs = ns != null && !ns.isEmpty();
        if (type.namespaced() && !hasNs && !allNamespacesAllowed) {
            throw new IllegalArgumentException(type.plural() + " is namespaced: a namespace is required");
        }
        if (!type.namespaced() && hasNs) {
            throw new IllegalArgumentException(
                    type.plural() + " is cluster-scoped: the namespace must be null, got " + ns);
        }
        return b.apiPath(type.apiPath()).namespace(hasNs ? ns : null).resource(type.plural());
    }

    private String namespaceFor(String ns, T object) {
        String own = metadata(object).namespace();
        boolean hasNs = ns != null && !ns.isEmpty();
        if (!type.namespaced()) {
            return hasNs ? ns : null; // collection() rejects a namespace on cluster-scoped types
        }
        if (hasNs && own != null && !own.isEmpty() && !own.equals(ns)) {
            throw new IllegalArgumentException("the object's namespace " + own + " does not match the request's " + ns);
        }
        return hasNs ? ns : own;
    }

    private String nameOf(T object) {
        String name = metadata(object).name();
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(type.plural() + ": the object has no metadata.name");
        }
        return name;
    }

    private ObjectMeta metadata(T object) {
        Objects.requireNonNull(object, "object");
        ObjectMeta meta = object.metadata();
        if (meta == null) {
            throw new IllegalArgumentException(type.plural() + ": the object has no metadata");
        }
        return meta;
    }
}
