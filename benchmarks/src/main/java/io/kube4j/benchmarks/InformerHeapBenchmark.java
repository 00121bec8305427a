package io.kube4j.benchmarks;

import io.kube4j.api.core.v1.Pod;
import io.kube4j.benchmarks.data.Datasets;
import io.kube4j.benchmarks.server.FixtureServer;
import io.kube4j.informers.InformerOptions;
import io.kube4j.informers.SharedIndexInformer;
import io.kube4j.informers.SharedInformerFactory;
import io.kube4j.informers.Transforms;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Retained heap per cached pod: a fresh JVM (one fork per case) syncs an informer on {@code pods} pods,
 * then the used heap after full GCs is compared with the used heap after full GCs before the informer
 * existed. The score is only the sync time; the results are the secondary metrics {@code heapPerPod}
 * (bytes), {@code jsonPerPod} (bytes of the pod's JSON in the list) and {@code heapToJson} (their ratio;
 * targets ≤ 2.1 with managedFields kept, ≤ 1.4 stripped).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseG1GC"})
public class InformerHeapBenchmark extends ServedBenchmark {
    @Param({"10000", "50000"})
    public int pods;


    /** The measured sizes, reported by JMH as secondary results. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Footprint {
        public double heapPerPod;
        public double jsonPerPod;
        public double heapToJson;
    }

    @Setup(Level.Trial)
    public void setup() throws IOException {
        local = new LocalClient(new FixtureServer().pages(Datasets.pages(pods)));
    }

    @Benchmark
    public int heapKeepManagedFields(Footprint f) {
        return measure(InformerOptions.builder().watchList(false).build(), f);
    }

    @Benchmark
    public int heapStripManagedFields(Footprint f) {
        return measure(InformerOptions.builder().watchList(false).transform(Transforms.stripManagedFields()).build(),
                f);
    }

    private int measure(InformerOptions options, Footprint f) {
        long before = usedAfterGc();
        try (SharedInformerFactory factory = SharedInformerFactory.create(local.rest)) {
            SharedIndexInformer<Pod> informer = factory.informerFor(Resources.PODS, options);
            factory.start();
            factory.waitForCacheSync(Duration.ofMinutes(5));
            long after = usedAfterGc();
            int n = informer.indexer().list().size();
            if (n != pods) {
                throw new IllegalStateException("synced " + n + " of " + pods + " pods");
            }
            f.heapPerPod = (double) (after - before) / n;
            f.jsonPerPod = Datasets.jsonBytesPerPod(pods);
            f.heapToJson = f.heapPerPod / f.jsonPerPod;
            return n;
        }
    }

    static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
