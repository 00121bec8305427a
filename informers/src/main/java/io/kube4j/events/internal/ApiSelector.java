package io.kube4j.events.internal;

import io.kube4j.api.meta.v1.APIResourceList;
import io.kube4j.client.ApiException;
import io.kube4j.client.NotFoundException;
import io.kube4j.client.RestClient;
import io.kube4j.events.EventApi;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the writer. With {@link EventApi#AUTO} it asks discovery once whether the server serves
 * events.k8s.io/v1 events (every server since Kubernetes 1.19 does) and falls back to core/v1 if not. A
 * transport failure leaves the question open for the next write. Used by the worker thread only.
 */
final class ApiSelector {
    private static final Logger LOG = LoggerFactory.getLogger(ApiSelector.class);

    private final RestClient client;
    private final EventApi api;
    private volatile EventWriter chosen;

    ApiSelector(RestClient client, EventApi api) {
        this.client = client;
        this.api = api;
        if (api == EventApi.EVENTS_V1) {
            chosen = new EventsV1Writer(client);
        } else if (api == EventApi.CORE_V1) {
            chosen = new CoreV1Writer(client);
        }
    }

    /** The writer, deciding on first use; the future fails (e.g. transport) when discovery could not answer. */
    CompletableFuture<EventWriter> writer() {
        if (chosen != null) {
            return CompletableFuture.completedFuture(chosen);
        }
        return client.get().absPath(EventsV1Writer.API_PATH).executeAsync(APIResourceList.class)
                .handle((list, error) -> {
                    Throwable cause = error instanceof CompletionException ? error.getCause()
                            : error;
                    if (cause == null) {
                        boolean served = list.resources().stream().anyMatch(r -> "events".equals(r.name()));
                        return decide(served ? new EventsV1Writer(client) : new CoreV1Writer(client));
                    }
                    if (cause instanceof NotFoundException) {
                        return decide(new CoreV1Writer(client));
                    }
                    if (cause instanceof ApiException e) {
                        LOG.debug("discovery of events.k8s.io/v1 answered {}; using it anyway", e.code());
                        return decide(new EventsV1Writer(client));
                    }
                    throw cause instanceof RuntimeException r ? r
                            : new CompletionException(cause);
                });
    }

    private synchronized EventWriter decide(EventWriter w) {
        if (chosen == null) {
            chosen = w;
            LOG.debug("writing Events to {}", w.api());
        }
        return chosen;
    }
}
