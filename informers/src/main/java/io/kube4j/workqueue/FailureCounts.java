package io.kube4j.workqueue;

import java.util.concurrent.ConcurrentHashMap;

/** Per-item failure counts of the item-based limiters; thread-safe, saturating at {@code Integer.MAX_VALUE}. */
final class FailureCounts<T> {
    private final ConcurrentHashMap<T, Integer> counts = new ConcurrentHashMap<>();

    /** Counts one more failure of {@code item}; returns its count, this one included. */
    int increment(T item) {
        return counts.merge(item, 1, (a, b) -> a == Integer.MAX_VALUE ? a : a + b);
    }

    void forget(T item) {
        counts.remove(item);
    }

    int get(T item) {
        return counts.getOrDefault(item, 0);
    }
}
