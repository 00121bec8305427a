package io.kube4j.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import io.kube4j.api.core.v1.PodList;
import io.kube4j.api.core.v1.codec.PodListCodec;
import io.kube4j.benchmarks.data.Datasets;
import io.kube4j.client.Json;
import io.kube4j.dynamic.UnstructuredList;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * Decoding a PodList of {@code pods} pods from bytes in memory: into the typed {@code PodList} (through
 * kube4j's mapper, as the REST client does, and straight through the generated codec), into an
 * {@code UnstructuredList}, and the two floors on the same bytes. Run with {@code -prof gc} for
 * allocation per op (÷ pods = per decoded pod).
 */
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
