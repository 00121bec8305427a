package io.kube4j.api.codec;

/**
 * Deduplicates long string values (longer than {@link StringCache#MAX_LENGTH}, up to {@link #MAX_LENGTH}
 * chars) once decoded: the replicas of one workload carry identical image digests, node names,
 * {@code last-applied-configuration} annotations and controller {@code managedFields}, each hundreds of
 * bytes, and an informer would otherwise keep one copy per object, which the garbage collector also copies
 * while the objects are young. Works on finished strings: the slot comes from a hash of a few dozen sampled
 * characters (hashing kilobytes per value would cost more than decoding them), a candidate is confirmed
 * with {@link String#equals} (an intrinsic) after a match of the sampled hash kept beside it (so a slot
 * holding another string is rejected without touching that string), and a duplicate is dropped at once. A direct-mapped table of
 * immutable strings shared by all threads: racy reads and writes are safe (a lost write is a miss).
 */
final class LongStringCache {
    static final int MAX_LENGTH = 4096;
    private static final int SIZE = 4096;
    private static final String[] TABLE = new String[SIZE];
    private static final int[] HASHES = new int[SIZE];

    private LongStringCache() {
    }

    /** {@code s} or an equal string seen before. */
    static String dedupe(String s) {
        if (s.length() > MAX_LENGTH) {
            return s;
        }
        int h = sampledHash(s);
        int slot = (h ^ (h >>> 12)) & (SIZE - 1);
        if (HASHES[slot] == h) { // else the slot holds another string: reject it without loading it
            String cached = TABLE[slot];
            if (cached != null && cached.equals(s)) {
                return cached;
            }
        }
        TABLE[slot] = s;
        HASHES[slot] = h;
        return s;
    }

    /** Length, ~32 evenly spaced characters and the last 8 (where ids and digests differ). */
    static int sampledHash(String s) {
        int n = s.length();
        int h = n;
        int step = Math.max(1, n >>> 5);
        for (int i = 0; i < n; i += step) {
            h = 31 * h + s.charAt(i);
        }
        for (int i = Math.max(0, n - 8); i < n; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }
}
