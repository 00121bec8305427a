package io.kube4j.benchmarks;

import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** One benchmark class with its iteration settings for the short and the full run. */
enum Suite {
    DECODE("DecodeBenchmark", timed(2, 2, 3, 2), timed(5, 4, 5, 4)),
    POD("PodDecodeBenchmark", timed(2, 2, 3, 2), timed(5, 4, 5, 4)),
    ENCODE("EncodeBenchmark", timed(2, 2, 3, 2), timed(5, 4, 5, 4)),
    LIST("ListBenchmark", timed(2, 2, 3, 2), timed(5, 4, 5, 4)),
    WATCH("WatchBenchmark", shots(1, 3), shots(3, 5)),
    SYNC("InformerSyncBenchmark", shots(2, 3), shots(4, 6)),
    HEAP("InformerHeapBenchmark", shots(0, 1), shots(0, 1));

    /** Settings of one run mode. */
    interface Settings {
        ChainedOptionsBuilder apply(ChainedOptionsBuilder b);
    }

    final String benchmarkClass;
    private final Settings quick;
    private final Settings full;

    Suite(String benchmarkClass, Settings quick, Settings full) {
        this.benchmarkClass = benchmarkClass;
        this.quick = quick;
        this.full = full;
    }

    ChainedOptionsBuilder configure(ChainedOptionsBuilder b, boolean shortRun) {
        return (shortRun ? quick : full).apply(b.include("\\." + benchmarkClass + "\\."));
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
