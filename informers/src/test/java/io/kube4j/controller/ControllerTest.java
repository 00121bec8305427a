package io.kube4j.controller;

import static io.kube4j.informers.Fixtures.CONFIG_MAPS;
import static io.kube4j.informers.Fixtures.added;
import static io.kube4j.informers.Fixtures.cm;
import static io.kube4j.informers.Fixtures.list;
import static io.kube4j.informers.Fixtures.modified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.informers.InformerOptions;
import io.kube4j.informers.ObjectKey;
import io.kube4j.informers.internal.DefaultSharedIndexInformer;
import io.kube4j.informers.internal.ScriptedListerWatcher;
import io.kube4j.informers.internal.ScriptedWatch;
import io.kube4j.testsupport.Poll;
import io.kube4j.workqueue.FakeClock;
import io.kube4j.workqueue.ItemExponentialFailureRateLimiter;
import io.kube4j.workqueue.RateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The controller runner over scripted informers. */
class ControllerTest {
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final List<String> limiterCalls = new CopyOnWriteArrayList<>();

    /** A fast limiter that records when/forget calls. */
    private final RateLimiter<ObjectKey> limiter = new RateLimiter<>() {
        private final RateLimiter<ObjectKey> fast = new ItemExponentialFailureRateLimiter<>(Duration.ofMillis(1),
                Duration.ofMillis(20));

        @Override
        public Duration when(ObjectKey item) {
            limiterCalls.add("when " + item);
            return fast.when(item);
        }

        @Override
        public void forget(ObjectKey item) {
            limiterCalls.add("forget " + item);
            fast.forget(item);
        }

        @Override
        public int numRequeues(ObjectKey item) {
            return fast.numRequeues(item);
        }
    };

    @AfterEach
    void close() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    /** A started informer listing {@code initial}, whose watch the test feeds. */
    private ScriptedWatch<ConfigMap> informer(List<DefaultSharedIndexInformer<ConfigMap>> out, ConfigMap... initial) {
        ScriptedListerWatcher<ConfigMap> lw = new ScriptedListerWatcher<>(Duration.ofMinutes(5));
        lw.list(list("10", null, initial));
        ScriptedWatch<ConfigMap> w = new ScriptedWatch<>();
        lw.watch(w);
        DefaultSharedIndexInformer<ConfigMap> informer = new DefaultSharedIndexInformer<>(CONFIG_MAPS, ConfigMap.class,
                lw, InformerOptions.builder().watchList(false).build(), Duration.ZERO);
        toClose.add(informer);
        informer.start();
        out.add(informer);
        return w;
    }

    private Controller start(Controller.Builder<?> b) {
        Controller c = b.build();
        toClose.add(c);
        c.start();
        return c;
    }

    private static ObjectKey key(String name) {
        return ObjectKey.of("ns", name);
    }

    @Test
    void reconcilesEveryPrimaryKeyAndForgetsOnSuccess() {
        List<DefaultSharedIndexInformer<ConfigMap>> inf = new ArrayList<>();
        ScriptedWatch<ConfigMap> w = informer(inf, cm("a", "1"), cm("b", "2"));
        Set<ObjectKey> seen = ConcurrentHashMap.newKeySet();
        Controller c = start(Controller.builder("basic", inf.get(0), k -> {
            seen.add(k);
            return Result.done();
        }).rateLimiter(limiter));
        Poll.until("both reconciled", () -> seen.size() == 2 ? true : null);
        w.emit(added(cm("c", "11")));
        Poll.until("c reconciled", () -> seen.contains(key("c")) ? true : null);
        assertThat(c.hasSynced()).isTrue();
        assertThat(c.failures()).isZero();
        Poll.until("forgotten", () -> limiterCalls.contains("forget ns/c") ? true : null);
        assertThat(limiterCalls).noneMatch(s -> s.startsWith("when"));
    }

    @Test
    void failuresAreRetriedWithBackoffUntilTheyPassThenForgotten() {
        List<DefaultSharedIndexInformer<ConfigMap>> inf = new ArrayList<>();
        informer(inf, cm("a", "1"));
        AtomicInteger calls = new AtomicInteger();
        Controller c = start(Controller.builder("retry", inf.get(0), k -> {
            if (calls.incrementAndGet() <= 3) {
                throw new IllegalStateException("not yet");
            }
            return Result.done();
        }).rateLimiter(limiter));
        Poll.until("fourth call", () -> calls.get() >= 4 ? true : null);
        Poll.until("forgotten", () -> limiterCalls.contains("forget ns/a") ? true : null);
        assertThat(limiterCalls).containsExactly("when ns/a", "when ns/a", "when ns/a", "forget ns/a");
        assertThat(c.failures()).isEqualTo(3);
        assertThat(calls.get()).isEqualTo(4);
    }

    @Test
    void requeueIsRateLimitedAndRequeueAfterWaitsForTheDelay() {
        List<DefaultSharedIndexInformer<ConfigMap>> inf = new ArrayList<>();
        informer(inf, cm("a", "1"));
        FakeClock clock = new FakeClock();
        List<String> results = new CopyOnWriteArrayList<>();
        Controller c = start(Controller.builder("requeue", inf.get(0), k -> {
            Result r = switch (results.size()) {
                case 0, 1 -> Result.requeue();
                case 2 -> Result.requeueAfter(Duration.ofMinutes(10));
                default -> Result.done();
            };
            results.add(r.toString());
            return r;
        }).rateLimiter(limiter).clock(clock));
        // The rate-limited requeues wait a few milliseconds of the fake clock.
        Poll.until("requeueAfter returned", () -> {
            clock.advance(Duration.ofMillis(50));
            return results.size() == 3 ? true : null;
        });
        assertThat(limiterCalls).containsExactly("when ns/a", "when ns/a", "forget ns/a");
        assertThat(c.queueLength()).isZero();
        clock.advance(Duration.ofMinutes(10));
        Poll.until("reconciled after the delay", () -> results.size() == 4 ? true : null);
        assertThat(results).containsExactly("requeue", "requeue", "requeueAfter(PT10M)", "done");
    }

    @Test
    void ownedAndMappedObjectsEnqueueTheirPrimaries() {
        List<DefaultSharedIndexInformer<ConfigMap>> inf = new ArrayList<>();
        informer(inf);
        ScriptedWatch<ConfigMap> owned = informer(inf);
        ScriptedWatch<ConfigMap> secondary = informer(inf);
        List<ObjectKey> seen = new CopyOnWriteArrayList<>();
        start(Controller.builder("owners", inf.get(0), k -> {
            seen.add(k);
            return Result.done();
        }).owns(inf.get(1)).watches(inf.get(2), o -> List.of(key("mapped-" + o.metadata().name()))).rateLimiter(limiter));
        Poll.until("synced", () -> inf.stream().allMatch(i -> i.hasSynced()) ? true : null);
        owned.emit(added(owner(cm("o1", "11"), "ConfigMap", "v1", "parent", true)));
        owned.emit(added(owner(cm("o2", "12"), "ConfigMap", "v1", "not-controller", false)));
        owned.emit(added(owner(cm("o3", "13"), "Deployment", "apps/v1", "other-kind", true)));
        owned.emit(added(owner(cm("o4", "14"), "ConfigMap", "example.com/v1", "other-group", true)));
        secondary.emit(added(cm("x", "15")));
        Poll.until("two keys", () -> seen.size() >= 2 ? true : null);
        owned.emit(added(owner(cm("o5", "16"), "ConfigMap", "v1", "last", true)));
        Poll.until("three keys", () -> seen.size() >= 3 ? true : null);
        assertThat(seen).containsExactlyInAnyOrder(key("parent"), key("mapped-x"), key("last"));
    }

    private static ConfigMap owner(ConfigMap cm, String kind, String apiVersion, String name, boolean controller) {
        return cm.toBuilder().metadata(m -> m.addOwnerReference(r -> r.kind(kind).apiVersion(apiVersion).name(name)
                .uid("u-" + name).controller(controller))).build();
    }

    @Test
    void aKeyIsNeverReconciledByTwoWorkersAtOnce() {
        List<DefaultSharedIndexInformer<ConfigMap>> inf = new ArrayList<>();
        ScriptedWatch<ConfigMap> w = informer(inf);
        Map<ObjectKey, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        List<String> overlaps = new CopyOnWriteArrayList<>();
        Map<String, String> lastSeenData = new ConcurrentHashMap<>();
        Controller c = start(Controller.builder("serial", inf.get(0), k -> {
            if (inFlight.computeIfAbsent(k, x -> new AtomicInteger()).incrementAndGet() > 1) {
                overlaps.add(k.toString());
            }
            Thread.sleep(2);
            inf.get(0).lister().get(k.namespace(), k.name())
                    .ifPresent(o -> lastSeenData.put(k.name(), o.metadata().resourceVersion()));
            inFlight.get(k).decrementAndGet();
            return Result.done();
        }).workers(4).rateLimiter(limiter));
        for (int i = 0; i < 400; i++) {
            w.emit(modified(cm("k" + (i % 5), String.valueOf(100 + i))));
        }
        Poll.until("the last version of every key reconciled", () -> {
            for (int k = 0; k < 5; k++) {
                if (!String.valueOf(495 + k).equals(lastSeenData.get("k" + k))) {
                    return null;
                }
            }
            return true;
        });
        assertThat(overlaps).isEmpty();
        assertThat(c.reconciles()).isLessThanOrEqualTo(400);
    }

    @Test
    void closeStopsWorkersAndRemovesHandlers() {
        List<DefaultSharedIndexInformer<ConfigMap>> inf = new ArrayList<>();
        ScriptedWatch<ConfigMap> w = informer(inf, cm("a", "1"));
        List<ObjectKey> seen = new CopyOnWriteArrayList<>();
        Controller c = start(Controller.builder("closing", inf.get(0), k -> {
            seen.add(k);
            return Result.done();
        }).workers(3).rateLimiter(limiter));
        Poll.until("reconciled", () -> seen.size() == 1 ? true : null);
        assertThat(threads("kube4j-controller-closing-")).hasSize(3);
        c.close();
        c.close();
        assertThat(threads("kube4j-controller-closing-")).isEmpty();
        assertThat(threads("kube4j-workqueue-controller-closing")).isEmpty();
        assertThat(c.hasSynced()).isFalse();
        w.emit(added(cm("b", "11")));
        assertThat(seen).containsExactly(key("a"));
        assertThatThrownBy(c::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReconcileThatClosesItsControllerIsNotInterrupted() {
        List<DefaultSharedIndexInformer<ConfigMap>> inf = new ArrayList<>();
        informer(inf, cm("a", "1"));
        Controller[] self = new Controller[1];
        List<Boolean> interruptedAfterClose = new CopyOnWriteArrayList<>();
        self[0] = start(Controller.builder("self-closing", inf.get(0), k -> {
            while (self[0] == null) {
                Thread.onSpinWait();
            }
            self[0].close();
            interruptedAfterClose.add(Thread.currentThread().isInterrupted());
            return Result.done();
        }).rateLimiter(limiter));
        Poll.until("the reconcile returned from close", () -> interruptedAfterClose.isEmpty() ? null : true);
        assertThat(interruptedAfterClose).containsExactly(false);
        Poll.until("the worker ended", () -> threads("kube4j-controller-self-closing-").isEmpty() ? true : null);
    }

    @Test
    void builderRejectsBadInput() {
        List<DefaultSharedIndexInformer<ConfigMap>> inf = new ArrayList<>();
        informer(inf);
        assertThatThrownBy(() -> Controller.builder("", inf.get(0), k -> Result.done()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Controller.builder("x", inf.get(0), k -> Result.done()).workers(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Result.requeueAfter(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> threads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith(prefix)).toList();
    }
}
