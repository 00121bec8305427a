package io.kube4j.informers.internal;

import static io.kube4j.informers.Fixtures.CONFIG_MAPS;
import static io.kube4j.informers.Fixtures.added;
import static io.kube4j.informers.Fixtures.cm;
import static io.kube4j.informers.Fixtures.deleted;
import static io.kube4j.informers.Fixtures.error;
import static io.kube4j.informers.Fixtures.list;
import static io.kube4j.informers.Fixtures.modified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.api.labels.LabelSelector;
import io.kube4j.api.meta.v1.Status;
import io.kube4j.client.ApiException;
import io.kube4j.client.ForbiddenException;
import io.kube4j.informers.CacheSyncException;
import io.kube4j.informers.HandlerRegistration;
import io.kube4j.informers.Indexers;
import io.kube4j.informers.InformerOptions;
import io.kube4j.informers.ResourceEventHandler;
import io.kube4j.informers.Transforms;
import io.kube4j.testsupport.Poll;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The informer on its threads with a scripted list/watch: cache, notifications, handlers, lifecycle. */
class InformerTest {
    private static final InformerOptions OPTIONS = InformerOptions.builder().watchList(false).build();

    private final ScriptedListerWatcher<ConfigMap> lw = new ScriptedListerWatcher<>(Duration.ofMinutes(5));
    private final List<DefaultSharedIndexInformer<ConfigMap>> informers = new ArrayList<>();

    private DefaultSharedIndexInformer<ConfigMap> informer(InformerOptions options) {
        DefaultSharedIndexInformer<ConfigMap> i = new DefaultSharedIndexInformer<>(CONFIG_MAPS, ConfigMap.class, lw,
                options, Duration.ZERO);
        informers.add(i);
        return i;
    }

    @AfterEach
    void close() {
        informers.forEach(DefaultSharedIndexInformer::close);
    }

    /** Records notifications as strings such as {@code add a@1 initial}. */
    static final class Recorder implements ResourceEventHandler<ConfigMap> {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public void onAdd(ConfigMap o, boolean initial) {
            seen.add("add " + id(o) + (initial ? " initial" : ""));
        }

        @Override
        public void onUpdate(ConfigMap old, ConfigMap now) {
            seen.add("update " + id(old) + "->" + id(now));
        }

        @Override
        public void onDelete(ConfigMap o, boolean unknown) {
            seen.add("delete " + id(o) + (unknown ? " unknown" : ""));
        }

        List<String> await(int n) {
            return Poll.until(n + " notifications, have " + seen, Duration.ofSeconds(20),
                    () -> seen.size() >= n ? List.copyOf(seen) : null);
        }
    }

    static String id(ConfigMap c) {
        return c.metadata().name() + "@" + c.metadata().resourceVersion();
    }

    @Test
    void notificationsFollowTheCacheAndARelistDiffsAgainstIt() {
        DefaultSharedIndexInformer<ConfigMap> informer = informer(OPTIONS);
        Recorder r = new Recorder();
        HandlerRegistration reg = informer.addEventHandler(r);
        lw.list(list("10", null, cm("a", "1"), cm("b", "2"), cm("c", "3")));
        ScriptedWatch<ConfigMap> w = new ScriptedWatch<>();
        lw.watch(w);
        informer.start();
        informer.waitForCacheSync(Duration.ofSeconds(20));
        w.emit(modified(cm("a", "11"))).emit(added(cm("d", "12"))).emit(deleted(cm("c", "13")))
                .emit(modified(cm("b", "2"))) // same resourceVersion: no update
                .emit(deleted(cm("zz", "14"))) // never seen: nothing to tell
                .emit(error(410, "Expired"));
        // The relist: a changed, b unchanged, d gone while we were away, e new.
        lw.list(list("30", null, cm("a", "20"), cm("b", "2"), cm("e", "25")));
        lw.watch(new ScriptedWatch<>());
        List<String> seen = r.await(9);
        assertThat(seen).containsExactly("add a@1 initial", "add b@2 initial", "add c@3 initial",
                "update a@1->a@11", "add d@12", "delete c@13",
                "update a@11->a@20", "add e@25", "delete d@12 unknown");
        Poll.until("synced registration", reg::hasSynced);
        assertThat(informer.lister().list()).extracting(InformerTest::id).containsExactlyInAnyOrder("a@20", "b@2", "e@25");
        assertThat(informer.health().gones()).isEqualTo(1);
        assertThat(informer.health().lists()).isEqualTo(2);
    }

    @Test
    void lateHandlersGetTheCurrentCacheAsAddsThenLiveChanges() {
        DefaultSharedIndexInformer<ConfigMap> informer = informer(OPTIONS);
        lw.list(list("10", null, cm("a", "1"), cm("b", "2")));
        ScriptedWatch<ConfigMap> w = new ScriptedWatch<>();
        lw.watch(w);
        informer.start();
        informer.waitForCacheSync(Duration.ofSeconds(20));
        Recorder late = new Recorder();
        HandlerRegistration reg = informer.addEventHandler(late);
        w.emit(modified(cm("a", "11")));
        List<String> seen = late.await(3);
        assertThat(seen.subList(0, 2)).containsExactlyInAnyOrder("add a@1 initial", "add b@2 initial");
        assertThat(seen.get(2)).isEqualTo("update a@1->a@11");
        assertThat(reg.hasSynced()).isTrue();
    }

    @Test
    void aSlowHandlerDoesNotDelayTheOthers() throws Exception {
        DefaultSharedIndexInformer<ConfigMap> informer = informer(OPTIONS);
        CountDownLatch release = new CountDownLatch(1);
        List<String> slowSeen = new CopyOnWriteArrayList<>();
        HandlerRegistration slow = informer.addEventHandler(ResourceEventHandler.<ConfigMap>builder().onAdd(o -> {
            slowSeen.add(id(o));
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).build());
        Recorder fast = new Recorder();
        informer.addEventHandler(fast);
        lw.list(list("10", null));
        ScriptedWatch<ConfigMap> w = new ScriptedWatch<>();
        lw.watch(w);
        informer.start();
        for (int i = 0; i < 50; i++) {
            w.emit(added(cm("o" + i, String.valueOf(11 + i))));
        }
        fast.await(50);
        // The fast handler saw all 50 while the slow one is stuck in its first call.
        assertThat(slowSeen).containsExactly("o0@11");
        assertThat(slow.pendingNotifications()).isEqualTo(49);
        release.countDown();
        Poll.until("slow handler drained", () -> slowSeen.size() == 50 ? true : null);
    }

    @Test
    void resyncRedeliversTheCacheAsUpdatesOfTheSameObject() {
        DefaultSharedIndexInformer<ConfigMap> informer = informer(OPTIONS);
        Recorder r = new Recorder();
        informer.addEventHandler(r, Duration.ofSeconds(1));
        Recorder noResync = new Recorder();
        informer.addEventHandler(noResync);
        lw.list(list("10", null, cm("a", "1")));
        lw.watch(new ScriptedWatch<>());
        informer.start();
        List<String> seen = r.await(3);
        assertThat(seen).containsExactly("add a@1 initial", "update a@1->a@1", "update a@1->a@1");
        assertThat(noResync.seen).containsExactly("add a@1 initial");
    }

    @Test
    void aThrowingHandlerKeepsGettingNotifications() {
        DefaultSharedIndexInformer<ConfigMap> informer = informer(OPTIONS);
        List<String> seen = new CopyOnWriteArrayList<>();
        informer.addEventHandler(ResourceEventHandler.<ConfigMap>builder().onAdd(o -> {
            seen.add(id(o));
            throw new IllegalStateException("handler bug");
        }).build());
        lw.list(list("10", null, cm("a", "1"), cm("b", "2")));
        lw.watch(new ScriptedWatch<ConfigMap>().emit(added(cm("c", "11"))));
        informer.start();
        Poll.until("three adds", () -> seen.size() == 3 ? true : null);
    }

    @Test
    void transformRunsBeforeCachingAndABrokenOneIsIgnored() {
        ConfigMap withManagedFields = cm("a", "1").toBuilder()
                .metadata(m -> m.addManagedField(f -> f.manager("kubectl").operation("Update"))).build();
        DefaultSharedIndexInformer<ConfigMap> informer = informer(OPTIONS.toBuilder()
                .transform(Transforms.stripManagedFields()).build());
        lw.list(list("10", null, withManagedFields));
        lw.watch(new ScriptedWatch<>());
        informer.start();
        informer.waitForCacheSync(Duration.ofSeconds(20));
        ConfigMap cached = informer.lister().get("ns", "a").orElseThrow();
        assertThat(cached.metadata().managedFields()).isEmpty();
        assertThat(cached.metadata().resourceVersion()).isEqualTo("1");

        ScriptedListerWatcher<ConfigMap> lw2 = new ScriptedListerWatcher<>(Duration.ofMinutes(5));
        DefaultSharedIndexInformer<ConfigMap> broken = new DefaultSharedIndexInformer<>(CONFIG_MAPS, ConfigMap.class,
                lw2, OPTIONS.toBuilder().transform(o -> cm("renamed", "1")).build(), Duration.ZERO);
        informers.add(broken);
        lw2.list(list("10", null, cm("a", "1")));
        lw2.watch(new ScriptedWatch<>());
        broken.start();
        broken.waitForCacheSync(Duration.ofSeconds(20));
        assertThat(broken.indexer().listKeys()).containsExactly("ns/a");
    }

    @Test
    void indexesAddedBeforeOrAfterStartAndNamespacedListers() {
        DefaultSharedIndexInformer<ConfigMap> informer = informer(OPTIONS);
        informer.addIndexer("byApp", Indexers.byLabel("app"));
        ConfigMap a = cm("ns1", "a", "1").toBuilder().metadata(m -> m.putLabel("app", "web").putLabel("tier", "x")).build();
        ConfigMap b = cm("ns2", "b", "2").toBuilder().metadata(m -> m.putLabel("app", "web")).build();
        ConfigMap c = cm("ns1", "c", "3").toBuilder().metadata(m -> m.putLabel("app", "db")).build();
        lw.list(list("10", null, a, b, c));
        ScriptedWatch<ConfigMap> w = new ScriptedWatch<>();
        lw.watch(w);
        informer.start();
        informer.waitForCacheSync(Duration.ofSeconds(20));
        informer.addIndexer("byTier", Indexers.byLabel("tier"));
        assertThat(informer.indexer().byIndex("byApp", "web")).extracting(InformerTest::id).containsExactlyInAnyOrder("a@1", "b@2");
        assertThat(informer.indexer().byIndex("byTier", "x")).extracting(InformerTest::id).containsExactly("a@1");
        assertThat(informer.indexer().indexNames()).containsExactlyInAnyOrder(Indexers.NAMESPACE, "byApp", "byTier");
        assertThat(informer.lister().namespace("ns1").list()).extracting(InformerTest::id).containsExactlyInAnyOrder("a@1", "c@3");
        assertThat(informer.lister().namespace("ns1").list(LabelSelector.parse("app=web"))).extracting(InformerTest::id)
                .containsExactly("a@1");
        assertThat(informer.lister().list(LabelSelector.parse("app in (web,db),!tier"))).extracting(InformerTest::id)
                .containsExactlyInAnyOrder("b@2", "c@3");
        assertThat(informer.lister().namespace("ns2").get("b")).isPresent();
        assertThat(informer.lister().namespace("ns2").get("a")).isEmpty();
        assertThat(informer.lister().get("b")).as("namespaced objects are not found by name alone").isEmpty();

        w.emit(modified(c.toBuilder().metadata(m -> m.resourceVersion("11").putLabel("app", "web")).build()));
        Poll.until("re-indexed", () -> informer.indexer().byIndex("byApp", "web").size() == 3 ? true : null);
        assertThat(informer.indexer().byIndex("byApp", "db")).isEmpty();
        assertThat(informer.indexer().listIndexValues("byApp")).containsExactly("web");
        assertThatThrownBy(() -> informer.indexer().byIndex("nope", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no index named \"nope\"");
        assertThatThrownBy(() -> informer.addIndexer("byApp", Indexers.byLabel("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists");
    }

    @Test
    void forbiddenIsReportedToTheErrorHandlerAndNamedByWaitForCacheSync() {
        DefaultSharedIndexInformer<ConfigMap> informer = informer(OPTIONS);
        List<String> reported = new CopyOnWriteArrayList<>();
        informer.setWatchErrorHandler((e, n) -> reported.add(n + " " + e.getClass().getSimpleName()));
        Status s = Status.builder().status("Failure").code(403).reason("Forbidden")
                .message("configmaps is forbidden: User \"nobody\" cannot list resource").build();
        for (int i = 0; i < 3; i++) {
            lw.listFails(ApiException.from(403, s, "GET /api/v1/namespaces/ns/configmaps", null, List.of()));
        }
        informer.start();
        assertThatThrownBy(() -> informer.waitForCacheSync(Duration.ofSeconds(2)))
                .isInstanceOf(CacheSyncException.class)
                .hasMessageContaining("configmaps in namespace ns")
                .hasMessageContaining("403 Forbidden")
                .hasMessageContaining("cannot list resource")
                .hasCauseInstanceOf(ForbiddenException.class);
        assertThat(reported).startsWith("1 ForbiddenException");
        assertThat(informer.health().lastError()).get().isInstanceOf(ForbiddenException.class);
        assertThat(informer.health().healthy()).isFalse();
    }

    @Test
    void lifecycle() {
        DefaultSharedIndexInformer<ConfigMap> informer = informer(OPTIONS);
        assertThatThrownBy(() -> informer.waitForCacheSync(Duration.ofMillis(10)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not started");
        informer.addEventHandler(new Recorder());
        lw.list(list("10", null));
        lw.watch(new ScriptedWatch<>());
        informer.start();
        informer.start();
        informer.waitForCacheSync(Duration.ofSeconds(20));
        assertThat(informer.isRunning()).isTrue();
        String tag = "-configmaps-";
        Poll.until("threads", () -> threads(tag).size() == 2 ? true : null);
        assertThat(threads(tag)).anyMatch(n -> n.startsWith("kube4j-reflector-configmaps-"))
                .anyMatch(n -> n.startsWith("kube4j-handler-configmaps-"));
        informer.close();
        informer.close();
        assertThat(threads(tag)).isEmpty();
        assertThat(informer.isRunning()).isFalse();
        assertThatThrownBy(informer::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> informer.addEventHandler(new Recorder())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void removedHandlersStopAndGetNothingMore() {
        DefaultSharedIndexInformer<ConfigMap> informer = informer(OPTIONS);
        Recorder r = new Recorder();
        HandlerRegistration reg = informer.addEventHandler(r);
        Recorder other = new Recorder();
        informer.addEventHandler(other);
        lw.list(list("10", null, cm("a", "1")));
        ScriptedWatch<ConfigMap> w = new ScriptedWatch<>();
        lw.watch(w);
        informer.start();
        r.await(1);
        reg.close();
        reg.close();
        w.emit(added(cm("b", "11")));
        other.await(2);
        assertThat(r.seen).containsExactly("add a@1 initial");
    }

    private static List<String> threads(String tag) {
        List<String> names = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().startsWith("kube4j-") && t.getName().contains(tag)) {
                names.add(t.getName());
            }
        }
        Collections.sort(names);
        return names;
    }
}
