package io.kube4j.events;

import io.kube4j.client.RestClient;
import io.kube4j.client.internal.Threads;
import io.kube4j.events.internal.Aggregator;
import io.kube4j.events.internal.EventWorker;
import io.kube4j.events.internal.Recorder;
import io.kube4j.workqueue.Clock;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the Events of its {@link EventRecorder}s to the API server, as client-go's event broadcaster with a
 * sink: events.k8s.io/v1 (core/v1 when the server lacks it, or when configured), repeats aggregated into one
 * Event whose series count grows, names {@code <object name>.<unique hex suffix>}.
 *
 * <pre>{@code
 * try (EventBroadcaster events = EventBroadcaster.create(restClient)) {
 *     EventRecorder recorder = events.newRecorder("example.com/my-controller");
 *     recorder.eventf(pod, null, EventType.WARNING, "BackOff", "Restarting", "container %s crashed", name);
 * }
 * }</pre>
 *
 * <p>Threads: one worker, {@code kube4j-events-<n>}, writes everything; recorders only queue (bounded, dropping
 * and counting when full). {@link #close()} stops taking Events, lets the worker flush the queue for up to
 * {@code closeTimeout}, drops what is left and stops the worker.
 */
public final class EventBroadcaster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventBroadcaster.class);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Aggregator aggregator;
    private final Thread worker;
    private final Duration closeTimeout;
    private final Object closeLock = new Object();
    private boolean closed;

    private EventBroadcaster(Builder b) {
        this.aggregator = new Aggregator(b.clock, b.queueCapacity, b.aggregationWindow, b.maxSeries);
        this.closeTimeout = b.closeTimeout;
        EventWorker work = new EventWorker(aggregator, b.client, b.api, b.maxAttempts, b.retryInterval);
        this.worker = Threads.start("events-" + SEQUENCE.incrementAndGet(), work);
    }

    /** A broadcaster with the defaults: {@link EventApi#AUTO}, 1000 queued Events, a 6 minute window. */
    public static EventBroadcaster create(RestClient client) {
        return builder(client).build();
    }

    public static Builder builder(RestClient client) {
        return new Builder(Objects.requireNonNull(client, "client"));
    }

    /**
     * A recorder reporting as {@code reportingController} (a qualified name such as
     * {@code example.com/my-controller}) and instance {@code <controller>-<host name>}, as client-go does.
     */
    public EventRecorder newRecorder(String reportingController) {
        String instance = Objects.requireNonNullElse(reportingController, "") + "-" + hostName();
        return newRecorder(reportingController, instance.length() > 128 ? instance.substring(0, 128) : instance);
    }

    /** A recorder reporting as {@code reportingController} and {@code reportingInstance} (e.g. the pod name). */
    public EventRecorder newRecorder(String reportingController, String reportingInstance) {
        return new Recorder(aggregator, reportingController, reportingInstance);
    }

    /** Events dropped so far: queue full, recorded after close, rejected by the server or given up after retries. */
    public long dropped() {
        return aggregator.dropped();
    }

    /** Events (or series updates) waiting to be written. */
    public int queued() {
        return aggregator.queued();
    }

    /**
     * Stops accepting Events, waits up to {@code closeTimeout} for the queue to be written, then drops the rest
     * (cancelling a call in flight) and stops the worker. Idempotent. The RestClient is left open.
     */
    @Override
    public void close() {
        synchronized (closeLock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        aggregator.close();
        if (Thread.currentThread() == worker) {
            return;
        }
        try {
            worker.join(Math.max(1, closeTimeout.toMillis()));
            if (worker.isAlive()) {
                int dropped = aggregator.dropQueued();
                worker.interrupt();
                worker.join(1000);
                LOG.warn("Event broadcaster closed before its queue was written: {} Events dropped", dropped);
            }
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** Settings of an {@link EventBroadcaster}. */
    public static final class Builder {
        private final RestClient client;
        private EventApi api = EventApi.AUTO;
        private int queueCapacity = 1000;
        private Duration aggregationWindow = Duration.ofMinutes(6);
        private int maxSeries = 4096;
        private int maxAttempts = 12;
        private Duration retryInterval = Duration.ofSeconds(10);
        private Duration closeTimeout = Duration.ofSeconds(5);
        private Clock clock = Clock.system();

        private Builder(RestClient client) {
            this.client = client;
        }

        /** Which API to write to (default {@link EventApi#AUTO}). */
        public Builder api(EventApi api) {
            this.api = api;
            return this;
        }

        /** How many Events may wait to be written (default 1000); beyond that they are dropped and counted. */
        public Builder queueCapacity(int queueCapacity) {
            this.queueCapacity = queueCapacity;
            return this;
        }

        /**
         * How long after its last occurrence an identical Event still joins the same series (default 6 minutes,
         * client-go's); later, it starts a new Event.
         */
        public Builder aggregationWindow(Duration aggregationWindow) {
            this.aggregationWindow = aggregationWindow;
            return this;
        }

        /** How many recent series are remembered for aggregation (default 4096, least recently used go first). */
        public Builder maxSeries(int maxSeries) {
            this.maxSeries = maxSeries;
            return this;
        }

        /**
         * Attempts per write when the server is unreachable or answers 5xx/429 (default 12, 10 s apart, as
         * client-go); other errors drop the Event at once.
         */
        public Builder retry(int maxAttempts, Duration retryInterval) {
            this.maxAttempts = maxAttempts;
            this.retryInterval = retryInterval;
            return this;
        }

        /** How long {@link EventBroadcaster#close()} lets the worker flush the queue (default 5 s). */
        public Builder closeTimeout(Duration closeTimeout) {
            this.closeTimeout = closeTimeout;
            return this;
        }

        /** The clock that stamps Events and times the aggregation window; for tests. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Starts the broadcaster's worker. @throws IllegalArgumentException for an invalid setting */
        public EventBroadcaster build() {
            if (api == null || clock == null) {
                throw new IllegalArgumentException("api and clock are required");
            }
            positive(queueCapacity, "queueCapacity");
            positive(maxSeries, "maxSeries");
            positive(maxAttempts, "maxAttempts");
            positive(aggregationWindow, "aggregationWindow");
            positive(retryInterval, "retryInterval");
            positive(closeTimeout, "closeTimeout");
            return new EventBroadcaster(this);
        }

        private static void positive(int v, String what) {
            if (v <= 0) {
                throw new IllegalArgumentException(what + " must be positive, got " + v);
            }
        }

        private static void positive(Duration d, String what) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(what + " must be positive, got " + d);
            }
        }
    }
}
