package io.kube4j.dynamic;

import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.api.schema.GroupVersionResource;
import io.kube4j.client.ResourceClient;
import io.kube4j.client.ResourceType;
import io.kube4j.client.RestClient;
import java.util.Objects;

/**
 * The dynamic client: every resource, built-in or custom, over {@link Unstructured}, addressed by its
 * {@link GroupVersionResource} (use {@code RestMapper} to find one from a kind). It does not own the
 * {@link RestClient}: closing that one is the caller's business. Thread-safe.
 *
 * <pre>{@code
 * DynamicClient dyn = DynamicClient.create(restClient);
 * var crontabs = dyn.resource(GroupVersionResource.of("stable.example.com", "v1", "crontabs"));
 * Unstructured ct = crontabs.inNamespace("default").get("nightly");
 * }</pre>
 */
public final class DynamicClient {
    private final RestClient client;

    private DynamicClient(RestClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** A dynamic client sending through {@code client}. */
    public static DynamicClient create(RestClient client) {
        return new DynamicClient(client);
    }

    /** The REST client this one sends through. */
    public RestClient restClient() {
        return client;
    }

    /** The verbs of one resource: cluster scope and all namespaces here, one namespace via {@code inNamespace}. */
    public DynamicResource resource(GroupVersionResource gvr) {
        Objects.requireNonNull(gvr, "gvr");
        if (gvr.version().isEmpty() || gvr.resource().isEmpty()) {
            throw new IllegalArgumentException("a resource needs a version and a resource name: " + gvr);
        }
        return new DynamicResource(new ResourceClient<>(client, resourceType(gvr, false)),
                new ResourceClient<>(client, resourceType(gvr, true)), gvr);
    }

    /**
     * The generic engine's description of a resource over {@link Unstructured} (for informers and other code
     * that drives {@code ResourceClient} directly). The kind is left empty: the URL needs only the resource.
     */
    public static ResourceType<Unstructured, UnstructuredList> resourceType(GroupVersionResource gvr,
            boolean namespaced) {
        GroupVersionKind gvk = GroupVersionKind.of(gvr.group(), gvr.version(), "");
        return namespaced
                ? ResourceType.namespaced(gvk, gvr.resource(), Unstructured.class, UnstructuredList.class)
                : ResourceType.clusterScoped(gvk, gvr.resource(), Unstructured.class, UnstructuredList.class);
    }

    @Override
    public String toString() {
        return "DynamicClient{" + client.server() + "}";
    }
}
