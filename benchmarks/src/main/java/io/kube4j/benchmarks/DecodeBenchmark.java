package io.kube4j.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import io.kube4j.api.core.v1.PodList;
import io.kube4j.api.core.v1.codec.PodListCodec;
import io.kube4j.benchmarks.data.Datasets;
import io.kube4j.client.Json;
import io.kube4j.dynamic.UnstructuredList;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding a PodList of {@code pods} pods from bytes in memory: into the typed {@code PodList} (through
 * kube4j's mapper, as the REST client does, and straight through the generated codec), into an
 * {@code UnstructuredList}, and the two floors on the same bytes. Run with {@code -prof gc} for
 * allocation per op (÷ pods = per decoded pod).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class DecodeBenchmark extends PodListBenchmark {

    @Setup(Level.Trial)
    public void setup() {
        json = Datasets.podList(pods);
    }

    /** The REST client's path: kube4j's ObjectMapper, which hands the parser to the generated codec. */
    @Benchmark
    public PodList typed() {
        return Json.read(json, PodList.class);
    }

    /** The generated codec on a bare parser: the mapper's overhead is the difference to {@link #typed}. */
    @Benchmark
    public PodList typedCodec() throws IOException {
        try (JsonParser p = Json.mapper().getFactory().createParser(json)) {
            return PodListCodec.INSTANCE.decode(p);
        }
    }

    @Benchmark
    public UnstructuredList unstructured() {
        return Json.read(json, UnstructuredList.class);
    }
}
