package io.kube4j.api.codec;

import io.kube4j.api.resource.Quantity;

/**
 * Shares parsed quantities by their text: resource requests and limits repeat across every pod of a
 * workload ({@code "250m"}, {@code "512Mi"}), and parsing one (exact decimal arithmetic) costs far more
 * than a lookup. Quantities are immutable, so sharing is safe; entries are immutable pairs in one
 * direct-mapped array, so racy reads and writes are too (a lost write is a miss).
 */
final class QuantityCache {
    private static final int SIZE = 1024;
    private static final Entry[] TABLE = new Entry[SIZE];

    private QuantityCache() {
    }

    private static final class Entry {
        final String text;
        final Quantity quantity;

        Entry(String text, Quantity quantity) {
            this.text = text;
            this.quantity = quantity;
        }
    }

    /** The quantity spelled {@code text}. @throws IllegalArgumentException if it is not one */
    static Quantity parse(String text) {
        int h = text.hashCode();
        int slot = (h ^ (h >>> 10)) & (SIZE - 1);
        Entry e = TABLE[slot];
        if (e != null && (e.text == text || e.text.equals(text))) {
            return e.quantity;
        }
        Quantity q = Quantity.parse(text);
        TABLE[slot] = new Entry(text, q);
        return q;
    }
}
