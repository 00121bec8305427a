package io.kube4j.api.codec;

/**
 * Deduplicates short string values while decoding: Kubernetes objects repeat the same values endlessly
 * ({@code "True"}, {@code "Running"}, {@code "TCP"}, node and image names, label values), and an informer
 * cache of thousands of objects would otherwise hold thousands of copies. A direct-mapped table shared by
 * all threads; entries are immutable strings, so racy reads and writes are safe (a lost write is a miss).
 */
final class StringCache {
    static final int MAX_LENGTH = 32;
    private static final int SIZE = 4096;
    private static final String[] TABLE = new String[SIZE];

    private StringCache() {
    }

    /** The string of {@code len <= MAX_LENGTH} chars at {@code buf[off..]}, shared if seen before. */
    static String get(char[] buf, int off, int len) {
        int h = len;
        for (int i = off; i < off + len; i++) {
            h = 31 * h + buf[i];
        }
        int slot = (h ^ (h >>> 12)) & (SIZE - 1);
        String cached = TABLE[slot];
        if (cached != null && cached.length() == len) {
            int i = 0;
            while (i < len && cached.charAt(i) == buf[off + i]) {
                i++;
            }
            if (i == len) {
                return cached;
            }
        }
        String s = new String(buf, off, len);
        TABLE[slot] = s;
        return s;
    }
}
