package io.kube4j.leaderelection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.leaderelection.FakeLeaseStore.Mode;
import io.kube4j.leaderelection.Timeline.Kind;
import io.kube4j.leaderelection.internal.ElectionRecord;
import io.kube4j.testsupport.Kube4jThreads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Whole elections on a stepped fake clock: lease 4 s, renew deadline 3 s, retry period 0.5 s. */
@Timeout(60)
class LeaderElectorTest {
    private static final long LEASE_MS = 4000;
    private static final long RENEW_MS = 3000;
    private static final long STEP_MS = 50;

    private final SteppingClock clock = new SteppingClock();
    private final FakeLeaseStore store = new FakeLeaseStore();
    private final Timeline timeline = new Timeline(clock::millis);
    private final List<Candidate> candidates = new ArrayList<>();

    /** One candidate: its store view, its elector and what its callbacks saw. */
    final class Candidate {
        final String id;
        final FakeLeaseStore.View view;
        final LeaderElector elector;
        final List<String> newLeaders = new CopyOnWriteArrayList<>();
        volatile Leadership leadership;
        volatile boolean interruptedAtEnd;

        Candidate(String id, Consumer<LeaderElectionConfig.Builder> tweak) {
            this.id = id;
            this.view = store.view(id);
            LeaderElectionConfig.Builder b = LeaderElectionConfig.builder()
                    .lease("ns", "lock").identity(id).clock(clock)
                    .leaseDuration(Duration.ofMillis(LEASE_MS)).renewDeadline(Duration.ofMillis(RENEW_MS))
                    .retryPeriod(Duration.ofMillis(500))
                    .onStartedLeading(l -> {
                        timeline.record(id, Kind.STARTED);
                        leadership = l;
                        try {
                            Thread.sleep(Long.MAX_VALUE); // leader work that runs until the term ends
                        } catch (InterruptedException e) {
                            interruptedAtEnd = !l.isActive();
                        }
                    })
                    .onStoppedLeading(() -> timeline.record(id, Kind.STOPPED))
                    .onNewLeader(newLeaders::add);
            tweak.accept(b);
            this.elector = LeaderElector.create(view, b.build());
            candidates.add(this);
        }

        Candidate(String id) {
            this(id, b -> { });
        }

        boolean settled() {
            if (!elector.isRunning()) {
                return true;
            }
            Leadership l = leadership;
            return !elector.isLeader() || (l != null && l.isActive());
        }
    }

    @AfterEach
    void closeAll() {
        candidates.forEach(c -> c.elector.close());
        List<String> left = Kube4jThreads.awaitNone(Duration.ofSeconds(10));
        if (!left.isEmpty()) {
            Thread.getAllStackTraces().forEach((t, st) -> {
                if (t.getName().startsWith("kube4j")) {
                    System.err.println("LEAK " + t.getName() + " " + Arrays.toString(st));
                }
            });
        }
        assertThat(left).isEmpty();
    }

    private boolean settled() {
        long running = candidates.stream().filter(c -> c.elector.isRunning()).count();
        return clock.waiters() == running && candidates.stream().allMatch(Candidate::settled);
    }

    private void settle() {
        clock.awaitSettled(this::settled);
    }

    /** Steps until {@code until} holds, checking after every step that at most one candidate leads. */
    private void stepUntil(long maxMillis, BooleanSupplier until) {
        long end = clock.millis() + maxMillis;
        while (!until.getAsBoolean()) {
            assertThat(clock.millis()).as("fake time while waiting; timeline %s", timeline).isLessThan(end);
            clock.step(STEP_MS, this::settled);
            assertThat(candidates.stream().filter(c -> c.elector.isLeader()).count()).isLessThanOrEqualTo(1);
        }
    }

    /** Steps {@code millis} of fake time. */
    private void runFor(long millis) {
        long end = clock.millis() + millis;
        stepUntil(millis + STEP_MS, () -> clock.millis() >= end);
    }

    private ElectionRecord record() {
        return ElectionRecord.of(store.current());
    }

    private Candidate startLeaderAndFollower() {
        Candidate a = new Candidate("a");
        a.elector.start();
        settle();
        assertThat(a.elector.isLeader()).isTrue();
        Candidate b = new Candidate("b");
        b.elector.start();
        settle();
        assertThat(b.elector.isLeader()).isFalse();
        return a;
    }

    @Test
    void exactlyOneCandidateLeadsAndTheLeaderKeepsRenewing() {
        startLeaderAndFollower();

        runFor(10_000);

        assertThat(timeline.count("a", Kind.STARTED)).isEqualTo(1);
        assertThat(timeline.count("b", Kind.STARTED)).isZero();
        assertThat(record().holderIdentity()).isEqualTo("a");
        assertThat(clock.millis() - SteppingClock.millisOf(record().renewTime())).isLessThanOrEqualTo(500);
        assertThat(SteppingClock.millisOf(record().acquireTime())).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"CUT", "STALL"})
    void aLeaderThatCannotRenewStopsBeforeTheFollowerMayAcquire(Mode fault) {
        Candidate a = startLeaderAndFollower();
        Candidate b = candidates.get(1);
        runFor(2000);
        a.view.mode(fault);
        long cutAt = clock.millis();
        long lastRenew = SteppingClock.millisOf(record().renewTime());

        stepUntil(20_000, b.elector::isLeader);

        long stopped = timeline.first("a", Kind.STOPPED).millis();
        long started = timeline.first("b", Kind.STARTED).millis();
        long acquired = SteppingClock.millisOf(record().acquireTime());
        assertThat(lastRenew).isLessThanOrEqualTo(cutAt);
        // The leader gives up at its renew deadline, before the lease could expire for the follower ...
        assertThat(stopped).isGreaterThanOrEqualTo(lastRenew + RENEW_MS).isLessThan(lastRenew + LEASE_MS);
        // ... and the follower acquires only after observing the last renewal unchanged for the lease duration.
        assertThat(acquired).isGreaterThanOrEqualTo(lastRenew + LEASE_MS).isGreaterThan(stopped);
        assertThat(started).isGreaterThanOrEqualTo(acquired);
        assertThat(record().holderIdentity()).isEqualTo("b");
        assertThat(record().leaderTransitions()).isEqualTo(1);
        assertThat(a.interruptedAtEnd).isTrue();
        assertThat(a.elector.isRunning()).isFalse();
        timeline.assertNeverTwoLeaders();
        if (fault == Mode.STALL) {
            assertThat(a.view.stalledCalls()).isPositive();
            assertThat(a.view.stalledCallsCancelled()).isTrue();
        }
    }

    @Test
    void closingTheLeaderReleasesTheLeaseSoTheFollowerTakesOverWithoutWaitingForExpiry() {
        Candidate a = startLeaderAndFollower();
        Candidate b = candidates.get(1);
        runFor(1000);
        long closedAt = clock.millis();

        a.elector.close();
        assertThat(record().holderIdentity()).isEmpty();
        assertThat(record().leaseDurationSeconds()).isEqualTo(1);
        stepUntil(LEASE_MS, b.elector::isLeader);

        assertThat(timeline.first("a", Kind.STOPPED).millis()).isEqualTo(closedAt);
        assertThat(timeline.first("b", Kind.STARTED).millis() - closedAt).isLessThan(LEASE_MS);
        assertThat(record().leaderTransitions()).isEqualTo(1);
        timeline.assertNeverTwoLeaders();
    }

    @Test
    void withoutReleaseOnCancelTheFollowerWaitsForExpiry() {
        Candidate a = new Candidate("a", b -> b.releaseOnCancel(false));
        a.elector.start();
        settle();
        Candidate b = new Candidate("b");
        b.elector.start();
        settle();
        runFor(1000);
        long lastRenew = SteppingClock.millisOf(record().renewTime());

        a.elector.close();
        assertThat(record().holderIdentity()).isEqualTo("a");
        stepUntil(10_000, b.elector::isLeader);

        assertThat(timeline.first("b", Kind.STARTED).millis()).isGreaterThanOrEqualTo(lastRenew + LEASE_MS);
    }

    @Test
    void aLeaderThatSeesAnotherHolderStopsAtOnceAndReleasesNothing() {
        Candidate a = new Candidate("a");
        a.elector.start();
        settle();
        runFor(1000);
        store.put(l -> new ElectionRecord("c", 4, clock.now(), clock.now(), 5).applyTo(l));
        long takenAt = clock.millis();

        stepUntil(2000, () -> !a.elector.isRunning());

        assertThat(timeline.first("a", Kind.STOPPED).millis() - takenAt).isLessThanOrEqualTo(500);
        assertThat(record().holderIdentity()).isEqualTo("c");
        assertThat(a.elector.leader()).contains("c");
    }

    @Test
    void onStoppedLeadingRunsEvenWhenClosedBeforeLeading() {
        startLeaderAndFollower();
        Candidate b = candidates.get(1);

        b.elector.close();

        assertThat(timeline.count("b", Kind.STOPPED)).isEqualTo(1);
        assertThat(timeline.count("b", Kind.STARTED)).isZero();
        assertThat(record().holderIdentity()).isEqualTo("a");
    }

    @Test
    void onNewLeaderReportsEachObservedLeaderOnce() throws Exception {
        Candidate a = startLeaderAndFollower();
        Candidate b = candidates.get(1);
        runFor(2000);
        a.elector.close();
        stepUntil(LEASE_MS, b.elector::isLeader);
        runFor(1000);
        awaitSize(b.newLeaders, 2);

        assertThat(b.newLeaders).containsExactly("a", "b");
        assertThat(a.newLeaders).containsExactly("a");
    }

    @Test
    void runBlocksTheCallerUntilLeadershipIsLost() throws Exception {
        Candidate a = new Candidate("a");
        CountDownLatch returned = new CountDownLatch(1);
        AtomicBoolean wasLeader = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            a.elector.run();
            returned.countDown();
        }, "test-run-caller");
        caller.start();
        awaitTrue(a.elector::isRunning);
        settle();
        wasLeader.set(a.elector.isLeader());
        a.view.mode(Mode.CUT);

        stepUntil(RENEW_MS + 1000, () -> returned.getCount() == 0);

        assertThat(wasLeader).isTrue();
        assertThat(timeline.count("a", Kind.STOPPED)).isEqualTo(1);
        caller.join(10_000);
        assertThat(caller.isAlive()).isFalse();
    }

    @Test
    void aNewRunCanFollowAFinishedOneButNotOverlapIt() {
        Candidate a = new Candidate("a");
        a.elector.start();
        settle();
        assertThatThrownBy(a.elector::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already running");
        a.view.mode(Mode.CUT);
        stepUntil(RENEW_MS + 1000, () -> !a.elector.isRunning());
        a.view.mode(Mode.OK);

        a.elector.start();
        settle();

        assertThat(a.elector.isLeader()).isTrue();
        assertThat(timeline.count("a", Kind.STARTED)).isEqualTo(2);
        a.elector.close();
        assertThatThrownBy(a.elector::run).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void closeFromInsideACallbackDoesNotDeadlock() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        List<LeaderElector> self = new CopyOnWriteArrayList<>();
        Candidate a = new Candidate("a", b -> b.onStartedLeading(l -> {
            timeline.record("a", Kind.STARTED);
            self.get(0).close();
            closed.countDown();
        }));
        self.add(a.elector);

        a.elector.start();

        assertThat(closed.await(20, TimeUnit.SECONDS)).isTrue();
        awaitTrue(() -> !a.elector.isRunning());
        assertThat(timeline.count("a", Kind.STOPPED)).isEqualTo(1);
        assertThat(record().holderIdentity()).isEmpty();
    }

    @Test
    void aFailingOnStartedLeadingGivesLeadershipUp() {
        Candidate a = new Candidate("a", b -> b.onStartedLeading(l -> {
            timeline.record("a", Kind.STARTED);
            throw new IllegalStateException("cannot start the controller");
        }));
        a.elector.start();
        settle();
        Candidate b = new Candidate("b");
        b.elector.start();

        stepUntil(2000, b.elector::isLeader);

        assertThat(a.elector.isRunning()).isFalse();
        assertThat(timeline.count("a", Kind.STOPPED)).isEqualTo(1);
        assertThat(record().holderIdentity()).isEqualTo("b");
        timeline.assertNeverTwoLeaders();
    }

    @Test
    void interruptingTheRunCallerCancelsLikeClose() throws Exception {
        Candidate a = new Candidate("a");
        Thread caller = new Thread(a.elector::run, "test-run-caller");
        caller.start();
        awaitTrue(a.elector::isRunning);
        settle();
        assertThat(a.elector.isLeader()).isTrue();

        caller.interrupt();
        caller.join(10_000);

        assertThat(caller.isAlive()).isFalse();
        assertThat(timeline.count("a", Kind.STOPPED)).isEqualTo(1);
        assertThat(record().holderIdentity()).isEmpty(); // released
    }

    @Test
    void threadsAreNamedAfterTheLeaseAndEndWithClose() throws Exception {
        startLeaderAndFollower();
        awaitSize(candidates.get(1).newLeaders, 1);

        assertThat(Kube4jThreads.alive()).contains("kube4j-leader-election-lock",
                "kube4j-leader-election-lock-leading");
        candidates.forEach(c -> c.elector.close());
        assertThat(Kube4jThreads.awaitNone(Duration.ofSeconds(10))).isEmpty();
    }

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        awaitTrue(() -> list.size() >= size);
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
