package io.kube4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.kube4j.api.core.v1.PodList;
import io.kube4j.benchmarks.data.Datasets;
import io.kube4j.client.Json;
import io.kube4j.dynamic.UnstructuredList;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * Encoding the decoded 10k PodList back to JSON bytes (typed and unstructured), next to Jackson writing
 * the {@code readTree} tree of the same list, and the decode floors on the same bytes for scale.
 */
public class EncodeBenchmark extends PodListBenchmark {
    PodList typedList;
    UnstructuredList unstructuredList;
    JsonNode tree;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        json = Datasets.podList(pods);
        typedList = Json.read(json, PodList.class);
        unstructuredList = Json.read(json, UnstructuredList.class);
        tree = Floors.readTree(json);
    }

    /** Plain Jackson writing the tree of the same list: the encode-side reference. */
    @Benchmark
    public byte[] jacksonWriteTree() throws IOException {
        return Floors.MAPPER.writeValueAsBytes(tree);
    }

    @Benchmark
    public byte[] typed() {
        return Json.writeBytes(typedList);
    }

    @Benchmark
    public byte[] unstructured() {
        return Json.writeBytes(unstructuredList);
    }
}
