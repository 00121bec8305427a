package io.kube4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What the benchmarks on one big PodList share: its bytes and the two {@link Floors} on them. JMH runs the
 * inherited floor methods as part of each subclass, so every class measures its floors in its own run.
 * Subclasses fill {@link #json} in their {@code @Setup}.
 */
@State(Scope.Benchmark)
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
