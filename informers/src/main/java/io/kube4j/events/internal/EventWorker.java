package io.kube4j.events.internal;

import io.kube4j.client.AlreadyExistsException;
import io.kube4j.client.KubeException;
import io.kube4j.client.NotFoundException;
import io.kube4j.client.RestClient;
import io.kube4j.client.ServerErrorException;
import io.kube4j.client.ServerTimeoutException;
import io.kube4j.client.TooManyRequestsException;
import io.kube4j.client.TransportException;
import io.kube4j.events.EventApi;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broadcaster's one worker: takes series from the {@link Aggregator} and writes them, a new Event by
 * create, a repeat by a merge patch of its count (re-created if the server has dropped it, e.g. after the
 * Event TTL). Failures the server may recover from (transport, 5xx, 429) are retried a bounded number of times;
 * any other rejection drops the Event, as client-go does. Once closing, nothing is retried.
 */
public final class EventWorker implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(EventWorker.class);

    private final Aggregator aggregator;
    private final ApiSelector selector;
    private final int maxAttempts;
    private final Duration retryInterval;

    public EventWorker(Aggregator aggregator, RestClient client, EventApi api, int maxAttempts,
            Duration retryInterval) {
        this.aggregator = aggregator;
        this.selector = new ApiSelector(client, api);
        this.maxAttempts = maxAttempts;
        this.retryInterval = retryInterval;
    }

    @Override
    public void run() {
        Series s = null;
        try {
            while ((s = aggregator.take()) != null) {
                write(s);
                s = null;
            }
        } catch (InterruptedException e) {
            // close() gave up waiting for the queue to drain; the write in flight is lost
            if (s != null) {
                aggregator.failed();
            }
            Thread.currentThread().interrupt();
        }
    }

    private void write(Series s) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Snapshot snap = aggregator.snapshot(s);
            try {
                EventWriter writer = await(selector.writer());
                send(writer, snap);
                aggregator.created(s);
                return;
            } catch (RuntimeException e) {
                if (!retryable(e) || attempt >= maxAttempts || aggregator.isClosing()) {
                    aggregator.failed();
                    LOG.warn("Event {}/{} ({} {}) dropped: {}", snap.namespace(), snap.name(), snap.data().reason(),
                            snap.data().type(), e.getMessage());
                    return;
                }
                LOG.debug("Event {}/{}: {}; retry {} in {}", snap.namespace(), snap.name(), e.getMessage(), attempt,
                        retryInterval);
                if (!aggregator.pause(retryInterval)) {
                    aggregator.failed();
                    return;
                }
            }
        }
    }

    private void send(EventWriter writer, Snapshot snap) throws InterruptedException {
        if (snap.created()) {
            try {
                await(writer.patch(snap));
            } catch (NotFoundException e) {
                await(writer.create(snap)); // expired or deleted: the series starts over under the same name
            }
            return;
        }
        try {
            await(writer.create(snap));
        } catch (AlreadyExistsException e) {
            // An earlier create landed although its answer was lost: bring the count up to date.
            if (snap.count() > 1) {
                await(writer.patch(snap));
            }
        }
    }

    private static boolean retryable(RuntimeException e) {
        return e instanceof TransportException || e instanceof ServerErrorException
                || e instanceof ServerTimeoutException || e instanceof TooManyRequestsException;
    }

    private static <T> T await(CompletableFuture<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof KubeException k) {
                throw k;
            }
            throw new KubeException("Event write failed: " + cause, cause);
        } catch (CancellationException e) {
            throw new KubeException("Event write cancelled", e);
        }
    }
}
