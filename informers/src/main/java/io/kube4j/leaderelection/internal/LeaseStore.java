package io.kube4j.leaderelection.internal;

import io.kube4j.api.coordination.v1.Lease;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous access to the one Lease an elector uses as its lock, so that the elector can give up on a
 * call at its deadline (cancelling the future cancels the call). Futures fail with the client's exceptions:
 * {@code NotFoundException}, {@code ConflictException} (stale resourceVersion), {@code AlreadyExistsException},
 * {@code TransportException}, ...
 */
public interface LeaseStore {
    /** Reads the lease. */
    CompletableFuture<Lease> get(Duration timeout);

    /** Creates the lease. */
    CompletableFuture<Lease> create(Lease lease, Duration timeout);

    /** Replaces the lease, guarded by its resourceVersion. */
    CompletableFuture<Lease> update(Lease lease, Duration timeout);

    /** {@code namespace/name}, for messages. */
    String describe();
}
