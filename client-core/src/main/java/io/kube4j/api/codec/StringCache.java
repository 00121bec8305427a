package io.kube4j.api.codec;

/**
 * Deduplicates short string values while decoding: Kubernetes objects repeat the same values endlessly
 * ({@code "True"}, {@code "Running"}, {@code "TCP"}, node and image names, label values), and an informer
 * cache of thousands of objects would otherwise hold thousands of copies. A direct-mapped table shared by
 * all threads; entries are immutable strings, so racy reads and writes are safe (a lost write is a miss).
 * Each slot's full hash sits in a dense array beside it, so a slot taken by another string (unique
 * values such as names and resourceVersions keep replacing entries) is rejected without touching that
 * string; a hash that matches is still confirmed character by character, so a torn update between the
 * two arrays only costs a miss.
 */
final class StringCache {
    static final int MAX_LENGTH = 32;
    private static final int SIZE = 8192;
    private static final String[] TABLE = new String[SIZE];
    private static final int[] HASHES = new int[SIZE];

    private StringCache() {
    }

    /** The string of {@code len <= MAX_LENGTH} chars at {@code buf[off..]}, shared if seen before. */
    static String get(char[] buf, int off, int len) {
        int h = len;
        int end = off + len;
        for (int i = off; i < end; i++) {
            h = 31 * h + buf[i];
        }
        int slot = (h ^ (h >>> 13)) & (SIZE - 1);
        if (HASHES[slot] == h) {
            String cached = TABLE[slot];
            if (cached != null && cached.length() == len && same(cached, buf, off, len)) {
                return cached;
            }
        }
        String s = new String(buf, off, len);
        TABLE[slot] = s;
        HASHES[slot] = h;
        return s;
    }

    private static boolean same(String s, char[] buf, int off, int len) {
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) != buf[off + i]) {
                return false;
            }
        }
        return true;
    }
}
