package io.kube4j.informers.internal;

import static io.kube4j.informers.Fixtures.added;
import static io.kube4j.informers.Fixtures.bookmark;
import static io.kube4j.informers.Fixtures.cm;
import static io.kube4j.informers.Fixtures.deleted;
import static io.kube4j.informers.Fixtures.error;
import static io.kube4j.informers.Fixtures.initialEventsEnd;
import static io.kube4j.informers.Fixtures.list;
import static io.kube4j.informers.Fixtures.modified;
import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.core.v1.ConfigMap;
import io.kube4j.api.meta.v1.Status;
import io.kube4j.client.ApiException;
import io.kube4j.client.EventType;
import io.kube4j.client.ForbiddenException;
import io.kube4j.client.ResourceVersionMatch;
import io.kube4j.client.TransportException;
import io.kube4j.informers.InformerHealth;
import io.kube4j.informers.InformerOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The list/watch state machine, driven step by step with scripted answers and no server. */
class ReflectorTest {
    private static final InformerOptions PAGED = InformerOptions.builder().watchList(false).pageSize(2)
            .labelSelector("app=web").build();

    private final ScriptedListerWatcher<ConfigMap> lw = new ScriptedListerWatcher<>(Duration.ofSeconds(5));
    private final List<String> sink = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<Duration> sleeps = new ArrayList<>();
    private long now;
    /** How far the clock moves per reading: 0 makes every watch "short". */
    private long tick;

    private Reflector<ConfigMap> reflector(InformerOptions options) {
        ReflectorSink<ConfigMap> recording = new ReflectorSink<>() {
            @Override
            public void replace(List<ConfigMap> objects, String rv) {
                sink.add("replace " + objects.stream().map(ReflectorTest::id).collect(Collectors.joining(",")) + " @" + rv);
            }

            @Override
            public void apply(EventType type, ConfigMap object) {
                sink.add(type + " " + id(object));
            }
        };
        return new Reflector<>(lw, recording, options, (e, n) -> errors.add(n + ": " + e.getClass().getSimpleName()),
                new Backoff(Duration.ofMillis(800), Duration.ofSeconds(30), () -> 0.0), sleeps::add, () -> now += tick);
    }

    private static String id(ConfigMap c) {
        return c.metadata().name() + "@" + c.metadata().resourceVersion();
    }

    private static ApiException api(int code, String reason) {
        Status s = Status.builder().status("Failure").code(code).reason(reason).message("scripted").build();
        return ApiException.from(code, s, "GET /api/v1/namespaces/ns/configmaps", null, List.of());
    }

    @Test
    void pagedListThenWatchFromTheListResourceVersion() throws Exception {
        tick = Duration.ofMinutes(5).toNanos();
        Reflector<ConfigMap> r = reflector(PAGED);
        lw.list(list("10", "tok", cm("a", "1"), cm("b", "2"))).list(list("10", null, cm("c", "3")));
        r.step();
        assertThat(sink).containsExactly("replace a@1,b@2,c@3 @10");
        assertThat(lw.listCalls).hasSize(2);
        assertThat(lw.listCalls.get(0).limit()).isEqualTo(2L);
        assertThat(lw.listCalls.get(0).resourceVersion()).isNull(); // consistent read, which the server pages
        assertThat(lw.listCalls.get(0).labelSelector()).isEqualTo("app=web");
        assertThat(lw.listCalls.get(1).continueToken()).isEqualTo("tok");

        lw.watch(ScriptedWatch.of(added(cm("d", "11")), modified(cm("a", "12")), bookmark("15"), deleted(cm("b", "16"))));
        r.step();
        assertThat(lw.watchCalls.get(0).resourceVersion()).isEqualTo("10");
        assertThat(lw.watchCalls.get(0).allowWatchBookmarks()).isTrue();
        assertThat(lw.watchCalls.get(0).labelSelector()).isEqualTo("app=web");
        assertThat(sink).containsSubsequence("ADDED d@11", "MODIFIED a@12", "DELETED b@16");
        assertThat(sink).noneMatch(s -> s.startsWith("BOOKMARK"));

        lw.watch(ScriptedWatch.of(bookmark("20")));
        r.step();
        assertThat(lw.watchCalls.get(1).resourceVersion()).isEqualTo("16");
        lw.watch(ScriptedWatch.of());
        r.step();
        assertThat(lw.watchCalls.get(2).resourceVersion()).as("a bookmark moves the resourceVersion").isEqualTo("20");
        assertThat(sleeps).isEmpty();
        InformerHealth h = r.health();
        assertThat(h.synced()).isTrue();
        assertThat(h.lists()).isEqualTo(1);
        assertThat(h.watches()).isEqualTo(3);
        assertThat(h.resourceVersion()).isEqualTo("20");
    }

    @Test
    void droppedWatchResumesFromTheLastResourceVersionWithBackoffAndNoRelist() throws Exception {
        Reflector<ConfigMap> r = reflector(PAGED);
        lw.list(list("10", null, cm("a", "1")));
        r.step();
        lw.watch(ScriptedWatch.failing(new TransportException("connection reset", null, true), List.of(modified(cm("a", "11")))));
        r.step();
        assertThat(errors).containsExactly("1: TransportException");
        assertThat(sleeps).hasSize(1);
        lw.watchFails(new TransportException("connection refused", null, true));
        r.step();
        lw.watchFails(new TransportException("connection refused", null, true));
        r.step();
        assertThat(errors).containsExactly("1: TransportException", "2: TransportException", "3: TransportException");
        assertThat(sleeps).containsExactly(Duration.ofMillis(800), Duration.ofMillis(1600), Duration.ofMillis(3200));
        assertThat(lw.watchCalls).extracting(o -> o.resourceVersion()).containsExactly("10", "11", "11");
        assertThat(r.health().consecutiveFailures()).isEqualTo(3);

        lw.watch(ScriptedWatch.of(modified(cm("a", "12"))));
        r.step();
        assertThat(r.health().consecutiveFailures()).isZero();
        lw.watchFails(new TransportException("reset", null, true));
        r.step();
        assertThat(sleeps).last().as("events reset the backoff").isEqualTo(Duration.ofMillis(800));
        assertThat(lw.listCalls).as("never relisted").hasSize(1);
        assertThat(r.health().lists()).isEqualTo(1);
    }

    @Test
    void goneEventRelistsAndTheRelistReplacesTheCache() throws Exception {
        tick = Duration.ofMinutes(5).toNanos();
        Reflector<ConfigMap> r = reflector(PAGED);
        lw.list(list("10", null, cm("a", "1")));
        r.step();
        lw.watch(ScriptedWatch.of(modified(cm("a", "11")), error(410, "Expired")));
        r.step();
        lw.list(list("30", null, cm("b", "25")));
        r.step();
        assertThat(sink).containsExactly("replace a@1 @10", "MODIFIED a@11", "replace b@25 @30");
        lw.watch(ScriptedWatch.of());
        r.step();
        assertThat(lw.watchCalls).last().extracting(o -> o.resourceVersion()).isEqualTo("30");
        assertThat(errors).as("410 is expected, not an error").isEmpty();
        assertThat(r.health().gones()).isEqualTo(1);
        assertThat(r.health().lists()).isEqualTo(2);
    }

    @Test
    void goneAnswerToTheWatchRequestRelists() throws Exception {
        Reflector<ConfigMap> r = reflector(PAGED);
        lw.list(list("10", null));
        r.step();
        lw.watchFails(api(410, "Gone"));
        r.step();
        lw.list(list("40", null, cm("x", "39")));
        r.step();
        assertThat(sink).containsExactly("replace  @10", "replace x@39 @40");
        assertThat(errors).isEmpty();
    }

    @Test
    void forbiddenListIsReportedAndRetriedWithGrowingBackoff() throws Exception {
        Reflector<ConfigMap> r = reflector(PAGED);
        for (int i = 0; i < 8; i++) {
            lw.listFails(api(403, "Forbidden"));
            r.step();
        }
        assertThat(errors).hasSize(8).allMatch(s -> s.endsWith("ForbiddenException"));
        assertThat(errors.get(7)).startsWith("8:");
        assertThat(sleeps).containsExactly(Duration.ofMillis(800), Duration.ofMillis(1600), Duration.ofMillis(3200),
                Duration.ofMillis(6400), Duration.ofMillis(12800), Duration.ofMillis(25600), Duration.ofSeconds(30),
                Duration.ofSeconds(30));
        InformerHealth h = r.health();
        assertThat(h.synced()).isFalse();
        assertThat(h.lastError()).get().isInstanceOf(ForbiddenException.class);
        assertThat(h.consecutiveFailures()).isEqualTo(8);
        lw.list(list("5", null));
        r.step();
        assertThat(r.health().consecutiveFailures()).isZero();
        assertThat(r.health().synced()).isTrue();
    }

    @Test
    void watchesThatEndAtOnceWithNothingLeadToARelist() throws Exception {
        Reflector<ConfigMap> r = reflector(PAGED);
        lw.list(list("10", null));
        r.step();
        for (int i = 0; i < Reflector.EMPTY_WATCH_LIMIT; i++) {
            lw.watch(ScriptedWatch.of());
            r.step();
        }
        assertThat(sleeps).hasSize(Reflector.EMPTY_WATCH_LIMIT - 1);
        lw.list(list("20", null));
        r.step();
        assertThat(lw.listCalls).hasSize(2);
        assertThat(errors).isEmpty();
    }

    @Test
    void watchListStreamsTheInitialStateThenKeepsWatching() throws Exception {
        Reflector<ConfigMap> r = reflector(InformerOptions.DEFAULT);
        lw.watch(ScriptedWatch.of(added(cm("a", "3")), added(cm("b", "5")), initialEventsEnd("9"),
                modified(cm("a", "10")), bookmark("12")));
        r.step();
        var o = lw.watchCalls.get(0);
        assertThat(o.sendInitialEvents()).isTrue();
        assertThat(o.resourceVersionMatch()).isEqualTo(ResourceVersionMatch.NOT_OLDER_THAN);
        assertThat(o.allowWatchBookmarks()).isTrue();
        assertThat(o.resourceVersion()).isNull();
        assertThat(sink).containsExactly("replace a@3,b@5 @9", "MODIFIED a@10");
        lw.watch(ScriptedWatch.of());
        r.step();
        assertThat(lw.watchCalls.get(1).resourceVersion()).isEqualTo("12");
        assertThat(lw.watchCalls.get(1).sendInitialEvents()).isNull();
        assertThat(lw.listCalls).isEmpty();
        assertThat(r.health().usesWatchList()).isTrue();
        assertThat(r.health().lists()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 405, 415, 422})
    void rejectedWatchListFallsBackToPagedListsForGood(int code) throws Exception {
        Reflector<ConfigMap> r = reflector(InformerOptions.DEFAULT);
        lw.watchFails(api(code, code == 422 ? "Invalid" : "BadRequest"));
        r.step();
        assertThat(errors).isEmpty();
        assertThat(sleeps).isEmpty();
        lw.list(list("10", null, cm("a", "1")));
        r.step();
        lw.watch(ScriptedWatch.of(error(410, "Expired")));
        r.step();
        lw.list(list("20", null));
        r.step();
        assertThat(lw.listCalls).hasSize(2);
        assertThat(lw.listCalls.get(0).limit()).isEqualTo(500L);
        assertThat(lw.watchCalls).hasSize(2); // the rejected WatchList and one plain watch
        assertThat(r.health().usesWatchList()).isFalse();
    }

    @Test
    void watchListStreamThatEndsWithoutTheBookmarkFallsBack() throws Exception {
        Reflector<ConfigMap> r = reflector(InformerOptions.DEFAULT);
        lw.watch(ScriptedWatch.of(added(cm("a", "3"))));
        r.step();
        assertThat(sink).isEmpty();
        lw.list(list("10", null, cm("a", "3")));
        r.step();
        assertThat(sink).containsExactly("replace a@3 @10");
    }

    @Test
    void forbiddenWatchListIsAnErrorNotAFallback() throws Exception {
        Reflector<ConfigMap> r = reflector(InformerOptions.DEFAULT);
        lw.watchFails(api(403, "Forbidden"));
        r.step();
        assertThat(errors).containsExactly("1: ForbiddenException");
        lw.watch(ScriptedWatch.of(initialEventsEnd("4")));
        r.step();
        assertThat(lw.watchCalls).allMatch(o -> Boolean.TRUE.equals(o.sendInitialEvents()));
        assertThat(sink).containsExactly("replace  @4");
    }

    @Test
    void droppedWatchListStreamRetriesTheWatchList() throws Exception {
        Reflector<ConfigMap> r = reflector(InformerOptions.DEFAULT);
        lw.watch(ScriptedWatch.failing(new TransportException("reset", null, true), List.of(added(cm("a", "3")))));
        r.step();
        assertThat(errors).containsExactly("1: TransportException");
        lw.watch(ScriptedWatch.of(added(cm("a", "3")), initialEventsEnd("6")));
        r.step();
        assertThat(sink).containsExactly("replace a@3 @6");
        assertThat(lw.listCalls).isEmpty();
    }

    @Test
    void otherErrorEventsAreReportedAndTheWatchResumes() throws Exception {
        Reflector<ConfigMap> r = reflector(PAGED);
        lw.list(list("10", null));
        r.step();
        lw.watch(ScriptedWatch.of(added(cm("a", "11")), error(500, "InternalError")));
        r.step();
        assertThat(errors).containsExactly("1: ServerErrorException");
        lw.watch(ScriptedWatch.of());
        r.step();
        assertThat(lw.watchCalls.get(1).resourceVersion()).isEqualTo("11");
        assertThat(lw.listCalls).hasSize(1);
    }

    @Test
    void expiredContinueTokenStartsTheListOver() throws Exception {
        Reflector<ConfigMap> r = reflector(PAGED);
        lw.list(list("10", "tok", cm("a", "1"))).listFails(api(410, "Expired"));
        r.step();
        assertThat(sink).isEmpty();
        lw.list(list("12", null, cm("a", "1")));
        r.step();
        assertThat(lw.listCalls.get(2).continueToken()).isNull();
        assertThat(sink).containsExactly("replace a@1 @12");
    }

    @Test
    void stopEndsRunDuringABlockedWatch() throws Exception {
        ScriptedListerWatcher<ConfigMap> slow = new ScriptedListerWatcher<>(Duration.ofSeconds(30));
        slow.list(list("1", null));
        ScriptedWatch<ConfigMap> open = new ScriptedWatch<>();
        slow.watch(open);
        Reflector<ConfigMap> r = new Reflector<>(slow, new ReflectorSink<>() {
            @Override
            public void replace(List<ConfigMap> objects, String rv) {
            }

            @Override
            public void apply(EventType type, ConfigMap object) {
            }
        }, PAGED, (e, n) -> { });
        Thread t = new Thread(r::run);
        t.start();
        while (slow.watchCalls.isEmpty()) {
            Thread.sleep(5);
        }
        r.stop();
        t.join(10_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(open.isOpen()).isFalse();
        assertThat(r.health().state()).isEqualTo(InformerHealth.State.STOPPED);
    }
}
