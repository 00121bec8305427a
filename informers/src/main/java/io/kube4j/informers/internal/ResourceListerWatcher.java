package io.kube4j.informers.internal;

import io.kube4j.api.KubernetesList;
import io.kube4j.api.KubernetesObject;
import io.kube4j.client.KubeException;
import io.kube4j.client.ListOptions;
import io.kube4j.client.RequestBuilder;
import io.kube4j.client.ResourceClient;
import io.kube4j.client.ResourceType;
import io.kube4j.client.TransportException;
import io.kube4j.client.Watch;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Lists and watches one resource (typed or dynamic: whatever the {@link ResourceClient}'s type decodes to)
 * in one namespace or all. Lists go out asynchronously so that stopping the informer (an interrupt)
 * cancels them at once. With {@code accept} set (metadata-only informers), list and watch ask for that
 * representation and decode into {@code objectType} / {@code listType}.
 */
public final class ResourceListerWatcher<T extends KubernetesObject, L extends KubernetesList<T>>
        implements ListerWatcher<T> {
    private final ResourceClient<?, ?> client;
    private final String namespace;
    private final Class<T> objectType;
    private final Class<L> listType;
    private final String listAccept;
    private final String watchAccept;

    private ResourceListerWatcher(ResourceClient<?, ?> client, String namespace, Class<T> objectType,
            Class<L> listType, String listAccept, String watchAccept) {
        this.client = client;
        this.namespace = namespace;
        this.objectType = objectType;
        this.listType = listType;
        this.listAccept = listAccept;
        this.watchAccept = watchAccept;
        ResourceType<?, ?> type = client.type();
        if (!type.namespaced() && namespace != null) {
            throw new IllegalArgumentException(type.plural() + " is cluster-scoped: an informer on it takes no namespace");
        }
    }

    /** Lists and watches objects of the client's own type. */
    public static <T extends KubernetesObject, L extends KubernetesList<T>> ResourceListerWatcher<T, L> of(
            ResourceClient<T, L> client, String namespace) {
        return new ResourceListerWatcher<>(client, namespace, client.type().type(), client.type().listType(), null, null);
    }

    /** Lists and watches the resource of {@code client} in another representation (e.g. metadata only). */
    public static <T extends KubernetesObject, L extends KubernetesList<T>> ResourceListerWatcher<T, L> as(
            ResourceClient<?, ?> client, String namespace, Class<T> objectType, Class<L> listType,
            String listAccept, String watchAccept) {
        return new ResourceListerWatcher<>(client, namespace, objectType, listType, listAccept, watchAccept);
    }

    @Override
    public KubernetesList<T> list(ListOptions options) throws InterruptedException {
        CompletableFuture<L> call = collection(options.toQueryParams(), listAccept).executeAsync(listType);
        try {
            return call.get();
        } catch (InterruptedException e) {
            call.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof KubeException k) {
                throw k;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new TransportException(describe() + ": list failed: " + cause, cause, true);
        } catch (CancellationException e) {
            throw new TransportException(describe() + ": list cancelled", e, false);
        }
    }

    @Override
    public Watch<T> watch(ListOptions options) {
        return collection(options.toQueryParams(), watchAccept).watch(objectType);
    }

    @Override
    public String describe() {
        ResourceType<?, ?> t = client.type();
        String what = t.plural() + (t.group().isEmpty() ? "" : "." + t.group());
        return namespace == null ? what : what + " in namespace " + namespace;
    }

    private RequestBuilder collection(Map<String, String> params, String accept) {
        ResourceType<?, ?> t = client.type();
        RequestBuilder b = client.restClient().get().apiPath(t.apiPath()).namespace(namespace).resource(t.plural())
                .params(params);
        if (accept != null) {
            b.header("Accept", accept);
        }
        return b;
    }
}
