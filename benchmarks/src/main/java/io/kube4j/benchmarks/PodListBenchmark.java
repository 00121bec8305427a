package io.kube4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the benchmarks on one big PodList share: its bytes and the two {@link Floors} on them. JMH runs the
 * inherited floor methods as part of each subclass, so every class measures its floors in its own run.
 * Subclasses fill {@link #json} in their {@code @Setup}; they inherit the run settings below (JMH reads
 * class-level annotations through the class hierarchy).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public abstract class PodListBenchmark {
    @Param("10000")
    public int pods;

    byte[] json;

    @Benchmark
    public JsonNode floorReadTree() throws IOException {
        return Floors.readTree(json);
    }

    @Benchmark
    public long floorTokenLoop() throws IOException {
        return Floors.tokenLoop(json);
    }
}
