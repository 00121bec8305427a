package io.kube4j.events.internal;

import io.kube4j.client.PatchType;
import io.kube4j.client.RequestBuilder;
import io.kube4j.client.RestClient;
import java.util.concurrent.CompletableFuture;

/**
 * Writes Event series to one API (events.k8s.io/v1 or core/v1): a create of the whole Event, then merge
 * patches of its count and last time. Subclasses say what the Event and the patch look like in their API.
 * Futures fail with the client's exceptions.
 */
abstract class EventWriter {
    private final RestClient client;
    private final String apiPath;
    private final String api;
    private final Class<?> eventType;

    EventWriter(RestClient client, String apiPath, String api, Class<?> eventType) {
        this.client = client;
        this.apiPath = apiPath;
        this.api = api;
        this.eventType = eventType;
    }

    /** The Event named in the snapshot, with its series so far. */
    abstract Object event(Snapshot s);

    /** The merge patch that brings an existing Event to the snapshot's count and last time. */
    abstract String countPatch(Snapshot s);

    /** Creates the Event named in the snapshot. */
    final CompletableFuture<?> create(Snapshot s) {
        return events(client.post(), s).body(event(s)).executeAsync(eventType);
    }

    /** Patches an existing Event with the snapshot's count and last time. */
    final CompletableFuture<?> patch(Snapshot s) {
        return events(client.patch(PatchType.MERGE), s).name(s.name()).body(countPatch(s)).executeAsync(eventType);
    }

    /** The API, for messages. */
    final String api() {
        return api;
    }

    private RequestBuilder events(RequestBuilder b, Snapshot s) {
        return b.apiPath(apiPath).namespace(s.namespace()).resource("events");
    }
}
