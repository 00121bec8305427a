package io.kube4j.informers.internal;

import io.kube4j.api.KubernetesList;
import io.kube4j.api.KubernetesObject;
import io.kube4j.api.meta.v1.ListMeta;
import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.client.ApiException;
import io.kube4j.client.EventType;
import io.kube4j.client.GoneException;
import io.kube4j.client.KubeException;
import io.kube4j.client.ListOptions;
import io.kube4j.client.ResourceVersionMatch;
import io.kube4j.client.Watch;
import io.kube4j.client.WatchEvent;
import io.kube4j.informers.InformerHealth;
import io.kube4j.informers.InformerOptions;
import io.kube4j.informers.ObjectKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The list/watch state machine behind an informer, with client-go's recovery rules. Each {@link #step()}
 * does one thing: a full list (a WatchList stream when the server supports it, else a paged list), or one
 * watch from the last seen resourceVersion consumed to its end. Then:
 * <ul>
 *   <li>410 Gone (an ERROR event or an answer) → relist; the only reason to list again, apart from
 *   watches that keep ending at once with nothing in them ({@value #EMPTY_WATCH_LIMIT} in a row);</li>
 *   <li>a watch that ends normally → watch again from the last resourceVersion, at once;</li>
 *   <li>any other failure (dropped connection, refused, 403, 5xx, ERROR event) → reported to the
 *   {@link ErrorReporter} and retried from the same resourceVersion after a jittered exponential backoff,
 *   reset once a watch delivers events again.</li>
 * </ul>
 * Bookmarks only move the resourceVersion. {@link #run()} loops on the calling thread until {@link #stop()};
 * tests call {@link #step()} with a scripted {@link ListerWatcher}.
 */
public final class Reflector<T extends KubernetesObject> {
    /** Watches in a row that end within {@link #SHORT_WATCH} without any event before the reflector relists. */
    static final int EMPTY_WATCH_LIMIT = 5;
    static final Duration SHORT_WATCH = Duration.ofSeconds(1);
    /** The annotation of the bookmark that ends a WatchList stream's initial events. */
    static final String INITIAL_EVENTS_END = "k8s.io/initial-events-end";

    private static final Logger LOG = LoggerFactory.getLogger(Reflector.class);

    /** Receives failures (health and the user's error handler). */
    public interface ErrorReporter {
        void failed(KubeException error, int consecutiveFailures);
    }

    /** Waits between retries; the default sleeps and is cut short by the interrupt of {@link #stop()}. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private enum WatchListSupport { UNKNOWN, SUPPORTED, UNSUPPORTED }

    private final ListerWatcher<T> lw;
    private final ReflectorSink<T> sink;
    private final ListOptions selectors;
    private final long pageSize;
    private final Backoff backoff;
    private final ErrorReporter reporter;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;

    // Reflector-thread state.
    private String resourceVersion = "";
    private boolean listNeeded = true;
    private WatchListSupport watchList;
    private int emptyWatches;

    // Shared with other threads.
    private volatile boolean stopped;
    private volatile Watch<T> current;
    private final Status status = new Status();

    public Reflector(ListerWatcher<T> lw, ReflectorSink<T> sink, InformerOptions options, ErrorReporter reporter) {
        this(lw, sink, options, reporter, new Backoff(options.backoffInitial(), options.backoffMax()),
                d -> java.util.concurrent.TimeUnit.NANOSECONDS.sleep(d.toNanos()), System::nanoTime);
    }

    /** With an injected backoff, sleeper and clock (tests). */
    public Reflector(ListerWatcher<T> lw, ReflectorSink<T> sink, InformerOptions options, ErrorReporter reporter,
            Backoff backoff, Sleeper sleeper, LongSupplier nanoTime) {
        this.lw = lw;
        this.sink = sink;
        this.selectors = options.selectors();
        this.pageSize = options.pageSize();
        this.watchList = options.watchList() ? WatchListSupport.UNKNOWN : WatchListSupport.UNSUPPORTED;
        this.reporter = reporter;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
        status.watchList = options.watchList();
    }

    /** Steps until {@link #stop()}; run on the informer's reflector thread. */
    public void run() {
        try {
            while (!stopped && !Thread.currentThread().isInterrupted()) {
                step();
            }
        } catch (InterruptedException e) {
            // stop() interrupts us; nothing to restore, the thread ends
        } finally {
            status.set(InformerHealth.State.STOPPED);
        }
    }

    /** Ends {@link #run()}: closes the open watch. The owner also interrupts the thread to cut a list short. */
    public void stop() {
        stopped = true;
        Watch<T> w = current;
        if (w != null) {
            w.close();
        }
    }

    public boolean isStopped() {
        return stopped;
    }

    /** A snapshot of the loop's health. */
    public InformerHealth health() {
        return status.snapshot();
    }

    /** One list or one watch, with what follows a failure (report and backoff). */
    public void step() throws InterruptedException {
        if (listNeeded) {
            if (watchList == WatchListSupport.UNSUPPORTED) {
                list();
            } else {
                watchList();
            }
        } else {
            watch();
        }
    }

    private void list() throws InterruptedException {
        status.set(InformerHealth.State.LISTING);
        status.lists++;
        List<T> items = new ArrayList<>();
        String rv = null;
        String token = null;
        try {
            do {
                // No resourceVersion: a consistent read from etcd, which the server pages (RV=0 would not).
                ListOptions page = selectors.toBuilder().limit(pageSize).continueToken(token).build();
                KubernetesList<T> result = lw.list(page);
                items.addAll(result.items());
                ListMeta meta = result.metadata();
                rv = meta == null ? null : meta.resourceVersion();
                token = meta == null ? null : meta.continueToken();
            } while (token != null && !token.isEmpty() && !stopped);
        } catch (GoneException e) {
            status.gones++; // the continue token expired mid-way: start over
            failed(e);
            return;
        } catch (KubeException e) {
            failed(e);
            return;
        }
        if (stopped) {
            return;
        }
        if (rv == null || rv.isEmpty()) {
            failed(new KubeException(lw.describe() + ": the list answer carries no resourceVersion"));
            return;
        }
        sink.replace(items, rv);
        listed(rv);
        backoff.reset();
        LOG.debug("{}: listed {} objects at resourceVersion {}", lw.describe(), items.size(), rv);
    }

    private void watchList() throws InterruptedException {
        status.set(InformerHealth.State.LISTING);
        // No resourceVersion + NotOlderThan: the initial events are a consistent snapshot of the latest state.
        ListOptions o = selectors.toBuilder().sendInitialEvents(true)
                .resourceVersionMatch(ResourceVersionMatch.NOT_OLDER_THAN).allowWatchBookmarks(true).build();
        Watch<T> w;
        try {
            w = lw.watch(o);
        } catch (GoneException e) {
            gone(e);
            return;
        } catch (ApiException e) {
            if (e.code() == 401 || e.code() == 403 || e.code() == 429 || e.code() >= 500) {
                failed(e); // says nothing about WatchList support
            } else {
                unsupported(e.code() + " " + e.getMessage());
            }
            return;
        } catch (KubeException e) {
            failed(e);
            return;
        }
        status.lists++;
        consume(w, new LinkedHashMap<>());
    }

    private void watch() throws InterruptedException {
        status.set(InformerHealth.State.WATCHING);
        ListOptions o = selectors.toBuilder().resourceVersion(resourceVersion).allowWatchBookmarks(true).build();
        Watch<T> w;
        try {
            w = lw.watch(o);
        } catch (GoneException e) {
            gone(e);
            return;
        } catch (KubeException e) {
            failed(e);
            return;
        }
        status.watches++;
        status.succeeded();
        consume(w, null);
    }

    /**
     * Reads a watch to its end. With {@code initial} non-null it is a WatchList stream: events are
     * collected there until the bookmark that ends them, which replaces the cache; then it goes on as a
     * plain watch.
     */
    private void consume(Watch<T> w, Map<String, T> initial) throws InterruptedException {
        current = w;
        if (stopped) {
            w.close(); // stop() ran before current was set
        }
        long start = nanoTime.getAsLong();
        int events = 0;
        boolean inInitial = initial != null;
        try (w) {
            for (Iterator<WatchEvent<T>> it = w.iterator(); it.hasNext(); ) {
                WatchEvent<T> e = it.next();
                if (stopped) {
                    return;
                }
                if (e.isError()) {
                    ApiException error = e.toException(lw.describe()).orElseThrow();
                    if (e.isGone()) {
                        gone(error);
                    } else {
                        failed(error);
                    }
                    return;
                }
                if (++events == 1) {
                    backoff.reset();
                    status.succeeded();
                }
                if (inInitial) {
                    inInitial = !initialEvent(e, initial);
                } else {
                    event(e);
                }
            }
        } catch (KubeException e) {
            if (!stopped) {
                failed(e);
            }
            return;
        } finally {
            current = null;
        }
        if (stopped) {
            return;
        }
        if (inInitial) {
            unsupported("the stream ended without the " + INITIAL_EVENTS_END + " bookmark");
            return;
        }
        ended(events, Duration.ofNanos(nanoTime.getAsLong() - start));
    }

    /** An event of a WatchList stream's initial part; true when it was the bookmark that ends it. */
    private boolean initialEvent(WatchEvent<T> e, Map<String, T> initial) {
        T object = e.object();
        switch (e.type()) {
            case ADDED, MODIFIED -> initial.put(ObjectKey.keyOf(object), object);
            case DELETED -> initial.remove(ObjectKey.keyOf(object));
            case BOOKMARK -> {
                ObjectMeta meta = object.metadata();
                String rv = rvOf(object);
                if (meta != null && "true".equals(meta.annotations().get(INITIAL_EVENTS_END)) && !rv.isEmpty()) {
                    sink.replace(new ArrayList<>(initial.values()), rv);
                    watchList = WatchListSupport.SUPPORTED;
                    listed(rv);
                    LOG.debug("{}: WatchList delivered {} objects at resourceVersion {}", lw.describe(),
                            initial.size(), rv);
                    return true;
                }
            }
            default -> { }
        }
        return false;
    }

    private void event(WatchEvent<T> e) {
        T object = e.object();
        String rv = rvOf(object);
        if (e.type() != EventType.BOOKMARK) {
            sink.apply(e.type(), object);
        }
        if (!rv.isEmpty()) {
            resourceVersion = rv;
            status.resourceVersion = rv;
        }
    }

    /** A watch that ended without an error: the server's timeout, usually. */
    private void ended(int events, Duration lasted) throws InterruptedException {
        if (events > 0 || lasted.compareTo(SHORT_WATCH) >= 0) {
            emptyWatches = 0;
            return;
        }
        emptyWatches++;
        if (emptyWatches >= EMPTY_WATCH_LIMIT) {
            LOG.warn("{}: {} watches in a row ended at once with no event; listing again", lw.describe(), emptyWatches);
            emptyWatches = 0;
            listNeeded = true;
            return;
        }
        LOG.debug("{}: the watch ended at once with no event ({} in a row)", lw.describe(), emptyWatches);
        pause(backoff.next());
    }

    private void listed(String rv) {
        resourceVersion = rv;
        listNeeded = false;
        emptyWatches = 0;
        status.listed(rv);
    }

    private void gone(ApiException e) throws InterruptedException {
        status.gones++;
        listNeeded = true;
        LOG.info("{}: resourceVersion {} is gone ({}); listing again", lw.describe(), resourceVersion, e.reason());
        // Not a failure, but a server that answers every watch with 410 must not get a list storm.
        pause(backoff.next());
    }

    private void unsupported(String why) {
        watchList = WatchListSupport.UNSUPPORTED;
        status.watchList = false;
        LOG.info("{}: the server does not support WatchList ({}); using paged lists", lw.describe(), why);
    }

    private void failed(KubeException e) throws InterruptedException {
        if (stopped) {
            return;
        }
        int failures = status.failed(e);
        try {
            reporter.failed(e, failures);
        } catch (RuntimeException r) {
            LOG.warn("{}: the watch error handler failed", lw.describe(), r);
        }
        pause(backoff.next());
    }

    private void pause(Duration d) throws InterruptedException {
        if (stopped) {
            return;
        }
        status.set(InformerHealth.State.BACKING_OFF);
        sleeper.sleep(d);
    }

    private static String rvOf(KubernetesObject object) {
        ObjectMeta meta = object == null ? null : object.metadata();
        String rv = meta == null ? null : meta.resourceVersion();
        return rv == null ? "" : rv;
    }

    /** The loop's counters and last error; written by the reflector thread, read by any. */
    private static final class Status {
        private InformerHealth.State state = InformerHealth.State.NEW;
        private boolean synced;
        private int failures;
        private KubeException lastError;
        private java.time.Instant lastErrorTime;
        private volatile String resourceVersion = "";
        private volatile long lists;
        private volatile long watches;
        private volatile long gones;
        private volatile boolean watchList;

        synchronized void set(InformerHealth.State s) {
            if (state != InformerHealth.State.STOPPED) {
                state = s;
            }
        }

        synchronized void listed(String rv) {
            synced = true;
            failures = 0;
            resourceVersion = rv;
        }

        synchronized void succeeded() {
            failures = 0;
        }

        synchronized int failed(KubeException e) {
            lastError = e;
            lastErrorTime = java.time.Instant.now();
            return ++failures;
        }

        synchronized InformerHealth snapshot() {
            return new InformerHealth(state, synced, failures, lastError, lastErrorTime, resourceVersion, lists,
                    watches, gones, watchList);
        }
    }
}
