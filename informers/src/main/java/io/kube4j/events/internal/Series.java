package io.kube4j.events.internal;

import java.time.Instant;

/** One Event and its repeats; mutable, guarded by the {@link Aggregator}'s lock. */
final class Series {
    final EventData key;
    final EventData data;
    final String name;
    final String namespace;
    final Instant first;
    Instant last;
    long lastNanos;
    int count = 1;
    boolean created;
    boolean pending;

    Series(EventData key, EventData data, String name, String namespace, Instant now, long nowNanos) {
        this.key = key;
        this.data = data;
        this.name = name;
        this.namespace = namespace;
        this.first = now;
        this.last = now;
        this.lastNanos = nowNanos;
    }

    Snapshot snapshot() {
        return new Snapshot(name, namespace, data, first, last, count, created);
    }
}
