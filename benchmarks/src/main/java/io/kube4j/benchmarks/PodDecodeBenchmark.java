package io.kube4j.benchmarks;

import io.kube4j.api.core.v1.Pod;
import io.kube4j.benchmarks.data.Datasets;
import io.kube4j.client.Json;
import io.kube4j.dynamic.Unstructured;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding single pods (each its own document, as a GET or a per-event decoder sees them) from
 * {@value #PODS} distinct ~7.9 KB pods; scores are per pod. Unlike the 10k list, each result dies young,
 * so {@code readTree} pays little GC here: this is the hardest comparison for a typed decoder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(PodDecodeBenchmark.PODS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class PodDecodeBenchmark {
    public static final int PODS = 1000;

    byte[][] pods;

    @Setup(Level.Trial)
    public void setup() {
        pods = new byte[PODS][];
        for (int i = 0; i < PODS; i++) {
            pods[i] = Datasets.generator().pod(i);
        }
    }

    @Benchmark
    public void floorReadTree(Blackhole bh) throws IOException {
        for (byte[] pod : pods) {
            bh.consume(Floors.readTree(pod));
        }
    }

    @Benchmark
    public void floorTokenLoop(Blackhole bh) throws IOException {
        for (byte[] pod : pods) {
            bh.consume(Floors.tokenLoop(pod));
        }
    }

    @Benchmark
    public void typed(Blackhole bh) {
        for (byte[] pod : pods) {
            bh.consume(Json.read(pod, Pod.class));
        }
    }

    @Benchmark
    public void unstructured(Blackhole bh) {
        for (byte[] pod : pods) {
            bh.consume(Json.read(pod, Unstructured.class));
        }
    }
}
