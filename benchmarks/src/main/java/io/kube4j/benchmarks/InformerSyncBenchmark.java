package io.kube4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.kube4j.api.core.v1.Pod;
import io.kube4j.api.core.v1.PodList;
import io.kube4j.benchmarks.data.Datasets;
import io.kube4j.benchmarks.server.FixtureServer;
import io.kube4j.client.Json;
import io.kube4j.informers.InformerOptions;
import io.kube4j.informers.SharedIndexInformer;
import io.kube4j.informers.SharedInformerFactory;
import io.kube4j.informers.Transforms;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Informer initial sync: from {@code start()} to {@code waitForCacheSync} over a local server serving the
 * list in pages of {@value Datasets#PAGE_SIZE}, with managedFields kept and stripped by the transform;
 * against the floors and a typed decode of the same page bytes in memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 6)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class InformerSyncBenchmark extends ServedBenchmark {
    @Param({"10000", "50000"})
    public int pods;

    List<byte[]> pages;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        pages = Datasets.pages(pods);
        local = new LocalClient(new FixtureServer().pages(pages));
    }

    @Benchmark
    public int floorReadTree() throws IOException {
        int n = 0;
        for (byte[] page : pages) {
            JsonNode tree = Floors.readTree(page);
            n += tree.get("items").size();
        }
        return n;
    }

    @Benchmark
    public long floorTokenLoop() throws IOException {
        long n = 0;
        for (byte[] page : pages) {
            n += Floors.tokenLoop(page);
        }
        return n;
    }

    @Benchmark
    public int decodeAlone() {
        int n = 0;
        for (byte[] page : pages) {
            n += Json.read(page, PodList.class).items().size();
        }
        return n;
    }

    @Benchmark
    public int syncKeepManagedFields() {
        return sync(InformerOptions.builder().watchList(false).build());
    }

    @Benchmark
    public int syncStripManagedFields() {
        return sync(InformerOptions.builder().watchList(false).transform(Transforms.stripManagedFields()).build());
    }

    private int sync(InformerOptions options) {
        try (SharedInformerFactory factory = SharedInformerFactory.create(local.rest)) {
            SharedIndexInformer<Pod> informer = factory.informerFor(Resources.PODS, options);
            factory.start();
            factory.waitForCacheSync(Duration.ofMinutes(5));
            int n = informer.indexer().list().size();
            if (n != pods) {
                throw new IllegalStateException("synced " + n + " of " + pods + " pods");
            }
            return n;
        }
    }
}
