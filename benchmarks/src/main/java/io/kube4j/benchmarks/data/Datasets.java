package io.kube4j.benchmarks.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The benchmark inputs, generated once per JVM from a fixed seed. */
public final class Datasets {
    /** The seed of every dataset: change it and every number in the README changes. */
    public static final long SEED = 20250301L;
    /** Page size of paged lists, as client-go's pager and kube4j's informers use. */
    public static final int PAGE_SIZE = 500;

    private static final PodGenerator GENERATOR = new PodGenerator(SEED);
    private static final Map<Integer, byte[]> LISTS = new ConcurrentHashMap<>();
    private static final Map<Integer, List<byte[]>> PAGES = new ConcurrentHashMap<>();

    private Datasets() {
    }

    public static PodGenerator generator() {
        return GENERATOR;
    }

    /** An unpaged PodList of {@code n} pods. */
    public static byte[] podList(int n) {
        return LISTS.computeIfAbsent(n, GENERATOR::podList);
    }

    /** The same {@code n} pods as pages of {@link #PAGE_SIZE}; page k's continue token is {@code k+1}. */
    public static List<byte[]> pages(int n) {
        return PAGES.computeIfAbsent(n, Datasets::makePages);
    }

    private static List<byte[]> makePages(int n) {
        List<byte[]> out = new ArrayList<>();
        for (int from = 0, k = 0; from < n; from += PAGE_SIZE, k++) {
            int to = Math.min(n, from + PAGE_SIZE);
            out.add(GENERATOR.page(from, to, to < n ? Integer.toString(k + 1) : null, "1000000"));
        }
        return List.copyOf(out);
    }

    /** Size of the paged list per pod: the "JSON size" heap ratios are taken against. */
    public static double jsonBytesPerPod(int n) {
        long total = 0;
        for (byte[] page : pages(n)) {
            total += page.length; // a page's envelope is ~100 bytes for 500 pods: negligible
        }
        return (double) total / n;
    }
}
