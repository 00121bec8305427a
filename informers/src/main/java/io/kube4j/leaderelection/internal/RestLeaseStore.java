package io.kube4j.leaderelection.internal;

import io.kube4j.api.coordination.v1.Lease;
import io.kube4j.api.coordination.v1.LeaseList;
import io.kube4j.client.RequestBuilder;
import io.kube4j.client.ResourceType;
import io.kube4j.client.RestClient;
import io.kube4j.client.coordination.v1.LeaseClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The Lease lock over the REST core. It sends async calls (not the synchronous {@code ResourceClient}) because
 * the elector must be able to abandon a hanging renewal at its renew deadline.
 */
public final class RestLeaseStore implements LeaseStore {
    private static final ResourceType<Lease, LeaseList> LEASES = LeaseClient.TYPE;

    private final RestClient client;
    private final String namespace;
    private final String name;

    public RestLeaseStore(RestClient client, String namespace, String name) {
        this.client = Objects.requireNonNull(client, "client");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public CompletableFuture<Lease> get(Duration timeout) {
        return leases(client.get()).name(name).timeout(timeout).executeAsync(Lease.class);
    }

    @Override
    public CompletableFuture<Lease> create(Lease lease, Duration timeout) {
        return leases(client.post()).body(lease).timeout(timeout).executeAsync(Lease.class);
    }

    @Override
    public CompletableFuture<Lease> update(Lease lease, Duration timeout) {
        return leases(client.put()).name(name).body(lease).timeout(timeout).executeAsync(Lease.class);
    }

    @Override
    public String describe() {
        return namespace + "/" + name;
    }

    private RequestBuilder leases(RequestBuilder b) {
        return b.apiPath(LEASES.apiPath()).namespace(namespace).resource(LEASES.plural());
    }
}
