package io.kube4j.dynamic;

import io.kube4j.api.schema.GroupVersionResource;
import io.kube4j.client.ResourceClient;

/**
 * A resource as {@code dyn.resource(gvr)} returns it (client-go's {@code NamespaceableResourceInterface}):
 * its verbs address cluster-scoped objects, and {@code list}/{@code watch} span all namespaces of a
 * namespaced resource. {@link #inNamespace} gives the verbs of one namespace.
 */
public final class DynamicResource extends DynamicResourceClient {
    private final ResourceClient<Unstructured, UnstructuredList> namespacedEngine;

    DynamicResource(ResourceClient<Unstructured, UnstructuredList> clusterEngine,
            ResourceClient<Unstructured, UnstructuredList> namespacedEngine, GroupVersionResource gvr) {
        super(clusterEngine, gvr, null);
        this.namespacedEngine = namespacedEngine;
    }

    /** The verbs of this resource in {@code namespace}. */
    public DynamicResourceClient inNamespace(String namespace) {
        if (namespace == null || namespace.isEmpty()) {
            throw new IllegalArgumentException("namespace must not be null or empty; use the resource itself "
                    + "for cluster-scoped objects and all namespaces");
        }
        return new DynamicResourceClient(namespacedEngine, resource(), namespace);
    }

    /** Same as {@link #inNamespace}, for readers of client-go's {@code Resource(gvr).Namespace(ns)}. */
    public DynamicResourceClient namespace(String namespace) {
        return inNamespace(namespace);
    }
}
