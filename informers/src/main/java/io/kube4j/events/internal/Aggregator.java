package io.kube4j.events.internal;

import io.kube4j.api.core.v1.ObjectReference;
import io.kube4j.workqueue.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Aggregates repeats and queues writes. An Event recorded again with the same {@link EventData#key()} within
 * the window of its last occurrence joins that Event's series (count + 1, new last time) instead of becoming
 * a new Event; a series waiting in the queue is not queued twice, so a burst of repeats costs one write.
 * The queue is bounded: when it is full the Event is dropped and counted, never waited for. Recently seen
 * series are kept in an LRU map of bounded size. Thread-safe: recorders call {@link #record}, one worker
 * takes.
 */
public final class Aggregator {
    /** Longest object name the API accepts (DNS subdomain). */
    static final int MAX_NAME = 253;

    private final Clock clock;
    private final int capacity;
    private final long windowNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final LinkedHashMap<EventData, Series> recent;
    private final ArrayDeque<Series> pending = new ArrayDeque<>();
    private long dropped;
    private long lastSuffix;
    private boolean closing;

    public Aggregator(Clock clock, int capacity, Duration window, int maxSeries) {
        this.clock = clock;
        this.capacity = capacity;
        this.windowNanos = window.toNanos();
        this.recent = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<EventData, Series> eldest) {
                return size() > maxSeries;
            }
        };
    }

    /** Queues a new Event or counts a repeat; returns false when it was dropped (queue full or closing). */
    public boolean record(EventData data) {
        EventData key = data.key();
        Instant now = clock.now();
        long nanos = clock.nanoTime();
        lock.lock();
        try {
            if (closing) {
                dropped++;
                return false;
            }
            Series s = recent.get(key);
            if (s != null && nanos - s.lastNanos < windowNanos) {
                s.count++;
                s.last = now;
                s.lastNanos = nanos;
                return s.pending || enqueue(s);
            }
            if (pending.size() >= capacity) {
                dropped++;
                return false;
            }
            s = new Series(key, data, uniqueName(data.regarding().name(), now), namespaceOf(data.regarding()),
                    now, nanos);
            recent.put(key, s);
            return enqueue(s);
        } finally {
            lock.unlock();
        }
    }

    /** The next series to write; blocks until there is one; null once closing and the queue is empty. */
    Series take() throws InterruptedException {
        lock.lock();
        try {
            while (pending.isEmpty()) {
                if (closing) {
                    return null;
                }
                changed.await();
            }
            Series s = pending.poll();
            s.pending = false;
            return s;
        } finally {
            lock.unlock();
        }
    }

    Snapshot snapshot(Series s) {
        lock.lock();
        try {
            return s.snapshot();
        } finally {
            lock.unlock();
        }
    }

    /** The server has the series now: later repeats patch it. */
    void created(Series s) {
        lock.lock();
        try {
            s.created = true;
        } finally {
            lock.unlock();
        }
    }

    /** A write was given up. */
    void failed() {
        lock.lock();
        try {
            dropped++;
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to {@code d} (real time), returning early once closing; false if closing. */
    boolean pause(Duration d) throws InterruptedException {
        long deadline = System.nanoTime() + d.toNanos();
        lock.lock();
        try {
            long left;
            while (!closing && (left = deadline - System.nanoTime()) > 0) {
                changed.awaitNanos(left);
            }
            return !closing;
        } finally {
            lock.unlock();
        }
    }

    /** Stops accepting Events; the worker drains what is queued and then ends. */
    public void close() {
        lock.lock();
        try {
            closing = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public boolean isClosing() {
        lock.lock();
        try {
            return closing;
        } finally {
            lock.unlock();
        }
    }

    /** Drops (and counts) whatever is still queued; returns how many. */
    public int dropQueued() {
        lock.lock();
        try {
            int n = pending.size();
            pending.forEach(s -> s.pending = false);
            pending.clear();
            dropped += n;
            return n;
        } finally {
            lock.unlock();
        }
    }

    /** Events dropped so far: queue full, recorded after close, or given up after errors. */
    public long dropped() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    /** Series waiting to be written. */
    public int queued() {
        lock.lock();
        try {
            return pending.size();
        } finally {
            lock.unlock();
        }
    }

    private boolean enqueue(Series s) {
        if (pending.size() >= capacity) {
            dropped++; // the count is kept: the next repeat that fits carries it to the server
            return false;
        }
        s.pending = true;
        pending.add(s);
        changed.signalAll();
        return true;
    }

    /** {@code <object name>.<hex time>}, unique per broadcaster, trimmed to a valid name (as client-go's). */
    private String uniqueName(String objectName, Instant now) {
        long stamp = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        lastSuffix = Math.max(stamp, lastSuffix + 1);
        String suffix = "." + Long.toHexString(lastSuffix);
        String prefix = dnsSubdomain(objectName);
        if (prefix.length() + suffix.length() > MAX_NAME) {
            prefix = dnsSubdomain(prefix.substring(0, MAX_NAME - suffix.length()));
        }
        return prefix + suffix;
    }

    /** Lower case, invalid characters as '-', every dot-separated label starting and ending alphanumeric. */
    static String dnsSubdomain(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
        StringBuilder out = new StringBuilder(lower.length());
        for (String label : lower.split("\\.")) {
            String trimmed = label.replaceAll("^-+|-+$", "");
            if (!trimmed.isEmpty()) {
                out.append(out.length() == 0 ? "" : ".").append(trimmed);
            }
        }
        return out.length() == 0 ? "event" : out.toString();
    }

    private static String namespaceOf(ObjectReference regarding) {
        String ns = regarding.namespace();
        return ns == null || ns.isEmpty() ? "default" : ns;
    }

}
