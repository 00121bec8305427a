package io.kube4j.benchmarks;

import io.kube4j.api.core.v1.Pod;
import io.kube4j.api.core.v1.PodList;
import io.kube4j.benchmarks.data.Datasets;
import io.kube4j.benchmarks.server.FixtureServer;
import io.kube4j.benchmarks.server.WatchStream;
import io.kube4j.client.ListOptions;
import io.kube4j.client.ResourceClient;
import io.kube4j.client.Watch;
import io.kube4j.client.WatchEvent;
import io.kube4j.informers.InformerOptions;
import io.kube4j.informers.ResourceEventHandler;
import io.kube4j.informers.SharedIndexInformer;
import io.kube4j.informers.SharedInformerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Request;
import okhttp3.Response;
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

/**
 * Watch throughput: a local server streams {@value #EVENTS} MODIFIED events (cycling over
 * {@value #DISTINCT_PODS} pods, each event with a new resourceVersion) over one HTTP response. Scores are
 * time per event (events/s = 10^6 / score); every variant reads the same bytes through OkHttp:
 * a bare {@code readTree} loop and a token loop (floors), kube4j's {@code Watch<Pod>}, and an informer
 * delivering every event to one handler (target: ≥ 0.8× the readTree loop's events/s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(WatchBenchmark.EVENTS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class WatchBenchmark extends ServedBenchmark {
    public static final int EVENTS = 100_000;
    public static final int DISTINCT_PODS = 10_000;

    /** Events per stream; only the smoke test lowers it (scores assume {@link #EVENTS}). */
    int events = EVENTS;
    int distinctPods = DISTINCT_PODS;

    ResourceClient<Pod, PodList> client;
    Request rawWatch;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        WatchStream stream = new WatchStream(Datasets.generator(), distinctPods, events);
        FixtureServer server = new FixtureServer()
                .pages(List.of(Datasets.generator().page(0, 0, null, FixtureServer.STREAM_FROM))).watchStream(stream);
        local = new LocalClient(server);
        client = new ResourceClient<>(local.rest, Resources.PODS);
        rawWatch = local.get("/api/v1/pods?watch=true&resourceVersion=" + FixtureServer.STREAM_FROM);
    }

    @Benchmark
    public long floorReadTree() throws IOException {
        try (Response r = local.http.newCall(rawWatch).execute(); InputStream in = r.body().byteStream()) {
            return expect(Floors.readTreeLoop(in));
        }
    }

    @Benchmark
    public long floorTokenLoop() throws IOException {
        try (Response r = local.http.newCall(rawWatch).execute(); InputStream in = r.body().byteStream()) {
            long tokens = Floors.tokenLoop(in);
            if (tokens < events) {
                throw new IllegalStateException("read " + tokens + " tokens from " + events + " events");
            }
            return tokens;
        }
    }

    /** kube4j's watch: one parser per stream, each object bound straight into a typed Pod. */
    @Benchmark
    public long watch() {
        long n = 0;
        try (Watch<Pod> w = client.watch(null, ListOptions.builder().resourceVersion(FixtureServer.STREAM_FROM)
                .build())) {
            for (WatchEvent<Pod> e : w) {
                if (e.object().metadata() != null) {
                    n++;
                }
            }
        }
        return expect(n);
    }

    /** An informer (list, then watch) delivering every event to one handler. */
    @Benchmark
    public long informer() throws InterruptedException {
        AtomicLong seen = new AtomicLong();
        CountDownLatch all = new CountDownLatch(1);
        long events = this.events;
        try (SharedInformerFactory factory = SharedInformerFactory.create(local.rest)) {
            SharedIndexInformer<Pod> pods = factory.informerFor(Resources.PODS,
                    InformerOptions.builder().watchList(false).build());
            pods.addEventHandler(ResourceEventHandler.<Pod>builder()
                    .onAdd(p -> count(seen, all, events))
                    .onUpdate((o, p) -> count(seen, all, events))
                    .build());
            factory.start();
            if (!all.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the handler saw " + seen.get() + " of " + events + " events");
            }
        }
        return seen.get();
    }

    /**
     * The same informer in a JVM whose young generation is fixed at 1 GB ({@code -Xmn1g}). A 10k-pod cache
     * rewritten at ~17k events/s keeps every pod for ~0.6 s: with G1's adaptive sizing on a fixed heap the
     * young generation stays small, nearly every cached pod is copied at least once and the pauses (not the
     * decode) make up the gap to the readTree loop. This variant shows what sizing the young generation
     * for such a churn buys (no code change; see the README).
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-Xmn1g"})
    public long informerYoungGen1g() throws InterruptedException {
        return informer();
    }

    private static void count(AtomicLong seen, CountDownLatch all, long events) {
        if (seen.incrementAndGet() == events) {
            all.countDown();
        }
    }

    private long expect(long n) {
        if (n != events) {
            throw new IllegalStateException("read " + n + " events, expected " + events);
        }
        return n;
    }
}
