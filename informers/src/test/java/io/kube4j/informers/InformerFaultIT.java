package io.kube4j.informers;

import static io.kube4j.informers.Fixtures.CONFIG_MAPS;
import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.api.core.v1.ConfigMapList;
import io.kube4j.client.Config;
import io.kube4j.client.ListOptions;
import io.kube4j.client.ResourceClient;
import io.kube4j.client.RestClient;
import io.kube4j.testsupport.FaultProxy;
import io.kube4j.testsupport.KubeApiServerExtension;
import io.kube4j.testsupport.Kube4jThreads;
import io.kube4j.testsupport.Poll;
import io.kube4j.testsupport.TestCluster;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Network faults between an informer and the real kube-apiserver, injected by a {@link FaultProxy}: the
 * cache must converge to the server's state with no lost update and no duplicate add, resuming watches
 * from the last resourceVersion and listing again only after 410 Gone.
 */
@ExtendWith(KubeApiServerExtension.class)
class InformerFaultIT {
    private static RestClient writerClient;
    private static ResourceClient<ConfigMap, ConfigMapList> writer;

    @BeforeAll
    static void connect(TestCluster cluster) {
        writerClient = RestClient.create(Config.fromKubeconfig(cluster.kubeconfig()).toBuilder().qps(0).build());
        writer = writerClient.resource(CONFIG_MAPS);
    }

    @AfterAll
    static void close() {
        writerClient.close();
        assertThat(Kube4jThreads.awaitNone(Duration.ofSeconds(10))).isEmpty();
    }

    /** The informer's client goes through the proxy; TLS runs end to end (the cert has IP SAN 127.0.0.1). */
    private static RestClient throughProxy(TestCluster cluster, FaultProxy proxy) {
        return RestClient.create(Config.fromKubeconfig(cluster.kubeconfig()).toBuilder().server(proxy.url("https"))
                .build());
    }

    private static InformerOptions options(String ns, String label) {
        // A shorter backoff than the default keeps the test short; the rules are the same.
        return InformerOptions.builder().namespace(ns).labelSelector("test=" + label)
                .backoff(Duration.ofMillis(200), Duration.ofSeconds(5)).build();
    }

    /**
     * Counts the informer's failed lists: a list cut by the proxy is retried, which is a list that no 410
     * preceded. Called on the reflector thread while its state is still the failed attempt's.
     */
    static AtomicInteger countFailedLists(SharedIndexInformer<?> informer) {
        AtomicInteger failedLists = new AtomicInteger();
        informer.setWatchErrorHandler((e, n) -> {
            if (informer.health().state() == InformerHealth.State.LISTING) {
                failedLists.incrementAndGet();
            }
        });
        return failedLists;
    }

    /**
     * Lists only after 410 Gone: besides the first list, one per 410 and one per retry of a failed list. The
     * counters are read after the cache converged, but a relist can still be under way (a 410 counted, its
     * list not yet): the upper bound holds at any moment, the lower one is awaited.
     */
    static void assertListsOnlyAfterGone(SharedIndexInformer<?> informer, AtomicInteger failedLists) {
        InformerHealth h = informer.health();
        assertThat(h.lists()).as("lists only after 410 Gone or a failed list: " + h + ", failed lists " + failedLists)
                .isLessThanOrEqualTo(1 + h.gones() + failedLists.get());
        Poll.until("a list after every 410 Gone", () -> {
            InformerHealth now = informer.health();
            return now.lists() >= 1 + now.gones() ? true : null;
        });
    }

    private static void assertConverged(String ns, String label, SharedIndexInformer<ConfigMap> informer,
            MirrorHandler<ConfigMap> mirror, ConfigMapChurn churn, AtomicInteger failedLists) {
        Map<String, String> server = MirrorHandler.byKey(writer.list(ns, ListOptions.labelSelector("test=" + label)).items());
        Poll.until("the cache equals a fresh list", () -> MirrorHandler.byKey(informer.lister().list()).equals(server) ? true : null);
        Poll.until("the handler caught up", () -> mirror.state().equals(server) ? true : null);
        assertThat(mirror.violations()).as("no duplicate add, no update without a new resourceVersion").isEmpty();
        InformerHealth h = informer.health();
        assertListsOnlyAfterGone(informer, failedLists);
        if (h.gones() == 0) {
            // Never relisted: every single version written must have reached the handler.
            assertThat(churn.produced).allSatisfy(v -> {
                int at = v.lastIndexOf('@');
                assertThat(mirror.saw(v.substring(0, at), v.substring(at + 1))).as("saw " + v).isTrue();
            });
        }
    }

    @Test
    void fiftyCutsAndResetsDuringAThousandChanges(TestCluster cluster) throws Exception {
        String ns = cluster.namespace();
        try (FaultProxy proxy = FaultProxy.start(URI.create(cluster.server().server()));
                RestClient client = throughProxy(cluster, proxy);
                SharedInformerFactory factory = SharedInformerFactory.create(client)) {
            SharedIndexInformer<ConfigMap> informer = factory.informerFor(CONFIG_MAPS, options(ns, "cuts"));
            MirrorHandler<ConfigMap> mirror = new MirrorHandler<>();
            informer.addEventHandler(mirror);
            AtomicInteger failedLists = countFailedLists(informer);
            factory.start();
            factory.waitForCacheSync(Duration.ofSeconds(60));

            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger cuts = new AtomicInteger();
            Thread cutter = new Thread(() -> {
                Random random = new Random(7);
                long acceptedBefore = -1; // the first cut hits the connection the informer synced on
                while (cuts.get() < 50 && writing.get()) {
                    // Wait for the informer to reconnect, then cut at a random moment of its watch.
                    if (proxy.acceptedConnections() == acceptedBefore || proxy.openConnections() == 0) {
                        sleep(20);
                        continue;
                    }
                    sleep(random.nextInt(400));
                    // Every fifth fault is a TCP reset rather than a close.
                    int ended = cuts.get() % 5 == 4 ? proxy.resetAll() : proxy.cutAll();
                    if (ended > 0) {
                        cuts.incrementAndGet();
                        acceptedBefore = proxy.acceptedConnections();
                    }
                }
            }, "test-cutter");
            cutter.start();
            ConfigMapChurn churn = new ConfigMapChurn(writer, ns, "cuts", 100, 42);
            Random pace = new Random(3);
            // At least 1000 changes, and paced changes until the 50th cut: how many cuts fit into 1000 changes
            // depends on the machine's speed (each cut waits for a reconnect, with backoff).
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            for (int i = 0; i < 1000 || cuts.get() < 50 && cutter.isAlive() && System.nanoTime() < deadline; i++) {
                churn.change(i);
                if (cuts.get() < 50) {
                    sleep(pace.nextInt(40));
                }
            }
            writing.set(false);
            cutter.join();
            assertConverged(ns, "cuts", informer, mirror, churn, failedLists);
            InformerHealth h = informer.health();
            System.out.printf("[fault] cuts=%d lists=%d gones=%d watches=%d connections=%d%n", cuts.get(), h.lists(),
                    h.gones(), h.watches(), proxy.acceptedConnections());
            assertThat(cuts.get()).isEqualTo(50);
            // The informer may not have reconnected yet after the last cut (the cache can converge
            // before that), so wait for the 51st connection rather than assert it right away.
            Poll.until("reconnected after every cut", () -> proxy.acceptedConnections() > 50 ? true : null);
        }
    }

    @Test
    void stallsThenResumesAndACutDuringAStall(TestCluster cluster) throws Exception {
        String ns = cluster.namespace();
        try (FaultProxy proxy = FaultProxy.start(URI.create(cluster.server().server()));
                RestClient client = throughProxy(cluster, proxy);
                SharedInformerFactory factory = SharedInformerFactory.create(client)) {
            SharedIndexInformer<ConfigMap> informer = factory.informerFor(CONFIG_MAPS, options(ns, "stall"));
            MirrorHandler<ConfigMap> mirror = new MirrorHandler<>();
            informer.addEventHandler(mirror);
            AtomicInteger failedLists = countFailedLists(informer);
            factory.start();
            factory.waitForCacheSync(Duration.ofSeconds(60));
            ConfigMapChurn churn = new ConfigMapChurn(writer, ns, "stall", 30, 11);

            proxy.stall();
            for (int i = 0; i < 150; i++) {
                churn.change(i);
            }
            sleep(3000); // the watch stays silent while stalled
            int silent = mirror.adds.get() + mirror.updates.get() + mirror.deletes.get();
            proxy.resume();
            assertConverged(ns, "stall", informer, mirror, churn, failedLists);
            assertThat(mirror.adds.get() + mirror.updates.get() + mirror.deletes.get()).isGreaterThan(silent);

            proxy.stall();
            for (int i = 150; i < 300; i++) {
                churn.change(i);
            }
            proxy.cutAll();
            proxy.resume();
            assertConverged(ns, "stall", informer, mirror, churn, failedLists);
            InformerHealth h = informer.health();
            System.out.printf("[stall] lists=%d gones=%d watches=%d%n", h.lists(), h.gones(), h.watches());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
