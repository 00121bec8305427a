package io.kube4j.events.internal;

import java.util.concurrent.CompletableFuture;

/** Writes Event series to one API (events.k8s.io/v1 or core/v1); futures fail with the client's exceptions. */
interface EventWriter {
    /** Creates the Event named in the snapshot, with its series so far. */
    CompletableFuture<?> create(Snapshot s);

    /** Patches an existing Event with the snapshot's count and last time. */
    CompletableFuture<?> patch(Snapshot s);

    /** The API, for messages. */
    String api();
}
