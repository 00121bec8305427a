package io.kube4j.benchmarks;

import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** One benchmark class with its iteration settings for the short and the full run. */
enum Suite {
    DECODE("DecodeBenchmark", null, timed(1, 3, 3, 2), timed(5, 4, 5, 4)),
    POD("PodDecodeBenchmark", null, timed(1, 3, 3, 2), timed(5, 4, 5, 4)),
    // Same bytes as DecodeBenchmark: the short run takes the floors from there.
    ENCODE("EncodeBenchmark", "floor", timed(1, 3, 3, 2), timed(5, 4, 5, 4)),
    LIST("ListBenchmark", "floor", timed(1, 3, 3, 2), timed(5, 4, 5, 4)),
    WATCH("WatchBenchmark", null, shots(1, 3), shots(3, 5)),
    SYNC("InformerSyncBenchmark", "decodeAlone", shots(1, 3), shots(4, 6)),
    HEAP("InformerHeapBenchmark", null, shots(0, 1), shots(0, 1));

    /** Settings of one run mode. */
    interface Settings {
        ChainedOptionsBuilder apply(ChainedOptionsBuilder b);
    }

    final String benchmarkClass;
    /** Methods (name prefix) the short run leaves out; null for none. */
    private final String skippedWhenShort;
    private final Settings quick;
    private final Settings full;

    Suite(String benchmarkClass, String skippedWhenShort, Settings quick, Settings full) {
        this.benchmarkClass = benchmarkClass;
        this.skippedWhenShort = skippedWhenShort;
        this.quick = quick;
        this.full = full;
    }

    ChainedOptionsBuilder configure(ChainedOptionsBuilder b, boolean shortRun) {
        b.include("\\." + benchmarkClass + "\\.");
        if (shortRun && skippedWhenShort != null) {
            b.exclude("\\." + benchmarkClass + "\\." + skippedWhenShort);
        }
        return (shortRun ? quick : full).apply(b);
    }

    private static Settings timed(int warmups, int warmupSeconds, int iterations, int seconds) {
        return b -> b.warmupIterations(warmups).warmupTime(TimeValue.seconds(warmupSeconds))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(seconds));
    }

    /** Single-shot benchmarks: iteration counts only. */
    private static Settings shots(int warmups, int iterations) {
        return b -> b.warmupIterations(warmups).measurementIterations(iterations);
    }
}
