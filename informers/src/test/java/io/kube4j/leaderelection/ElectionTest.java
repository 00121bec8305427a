package io.kube4j.leaderelection;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.coordination.v1.Lease;
import io.kube4j.leaderelection.FakeLeaseStore.Mode;
import io.kube4j.leaderelection.internal.Awaiter;
import io.kube4j.leaderelection.internal.Election;
import io.kube4j.leaderelection.internal.Election.Outcome;
import io.kube4j.leaderelection.internal.ElectionRecord;
import io.kube4j.workqueue.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The state transitions of one candidate (client-go's tryAcquireOrRenew and release) on a fake clock. */
@Timeout(30)
class ElectionTest {
    private static final long FAR = Duration.ofHours(1).toNanos();

    private final FakeClock clock = new FakeClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final FakeLeaseStore store = new FakeLeaseStore();
    private final FakeLeaseStore.View viewA = store.view("a");
    private final FakeLeaseStore.View viewB = store.view("b");
    private final Election a = new Election(viewA, clock, "ns", "lock", "a", 4);
    private final Election b = new Election(viewB, clock, "ns", "lock", "b", 4);
    private final Awaiter awaiter = new Awaiter(clock);

    private Outcome attempt(Election e) throws InterruptedException {
        return e.tryAcquireOrRenew(awaiter, clock.nanoTime() + FAR);
    }

    private ElectionRecord stored() {
        return ElectionRecord.of(store.current());
    }

    private void advance(long millis) {
        clock.advance(Duration.ofMillis(millis));
    }

    @Test
    void acquiresAMissingLeaseByCreatingIt() throws Exception {
        assertThat(attempt(a)).isEqualTo(Outcome.LEADING);

        Lease lease = store.current();
        assertThat(lease.metadata().namespace()).isEqualTo("ns");
        assertThat(lease.metadata().name()).isEqualTo("lock");
        assertThat(stored()).isEqualTo(new ElectionRecord("a", 4, clock.now(), clock.now(), 0));
        assertThat(a.isLeader()).isTrue();
    }

    @Test
    void renewalMovesRenewTimeAndKeepsAcquireTimeAndTransitions() throws Exception {
        attempt(a);
        Instant acquired = clock.now();
        advance(1500);

        assertThat(attempt(a)).isEqualTo(Outcome.LEADING);

        assertThat(stored()).isEqualTo(new ElectionRecord("a", 4, acquired, clock.now(), 0));
    }

    @Test
    void aHeldLeaseIsTakenOnlyAfterItWasObservedUnchangedForItsDuration() throws Exception {
        attempt(b);
        assertThat(attempt(a)).isEqualTo(Outcome.HELD_BY_OTHER); // first observation at t=0
        advance(3999);
        assertThat(attempt(a)).isEqualTo(Outcome.HELD_BY_OTHER);
        assertThat(stored().holderIdentity()).isEqualTo("b");
        advance(1);

        assertThat(attempt(a)).isEqualTo(Outcome.LEADING);

        assertThat(stored()).isEqualTo(new ElectionRecord("a", 4, clock.now(), clock.now(), 1));
        assertThat(a.observedHolder()).isEqualTo("a");
    }

    @Test
    void theHoldersRenewTimeIsNeverComparedWithTheLocalClock() throws Exception {
        // The holder's clock is far behind ours: its renewTime looks ancient, yet the lease is fresh.
        Instant ancient = Instant.parse("1990-01-01T00:00:00Z");
        store.put(l -> new ElectionRecord("b", 4, ancient, ancient, 3).applyTo(l));

        assertThat(attempt(a)).isEqualTo(Outcome.HELD_BY_OTHER);
        advance(3900);
        assertThat(attempt(a)).isEqualTo(Outcome.HELD_BY_OTHER);
        advance(100);
        assertThat(attempt(a)).isEqualTo(Outcome.LEADING);
        assertThat(stored().leaderTransitions()).isEqualTo(4);
    }

    @Test
    void aRenewalByTheHolderRestartsTheObservation() throws Exception {
        attempt(b);
        attempt(a);
        advance(3000);
        assertThat(attempt(b)).isEqualTo(Outcome.LEADING); // b renews at t=3s
        advance(1500);
        assertThat(attempt(a)).isEqualTo(Outcome.HELD_BY_OTHER); // a sees the change at t=4.5s
        advance(3999);
        assertThat(attempt(a)).isEqualTo(Outcome.HELD_BY_OTHER);
        advance(1);
        assertThat(attempt(a)).isEqualTo(Outcome.LEADING);
    }

    @Test
    void changesOutsideTheRecordDoNotRestartTheObservation() throws Exception {
        attempt(b);
        attempt(a);
        advance(2000);
        store.put(l -> l.toBuilder().metadata(m -> m.putLabel("touched", "yes")).build());
        assertThat(attempt(a)).isEqualTo(Outcome.HELD_BY_OTHER);
        advance(2000);

        assertThat(attempt(a)).isEqualTo(Outcome.LEADING);
        assertThat(store.current().metadata().labels()).containsEntry("touched", "yes");
    }

    @Test
    void aFreeLeaseIsAcquiredAtOnceWithOneMoreTransition() throws Exception {
        store.put(l -> new ElectionRecord("", 1, clock.now(), clock.now(), 7).applyTo(l));

        assertThat(attempt(a)).isEqualTo(Outcome.LEADING);

        assertThat(stored()).isEqualTo(new ElectionRecord("a", 4, clock.now(), clock.now(), 8));
    }

    @Test
    void aLeaseWithoutDurationCountsAsExpired() throws Exception {
        store.put(l -> l.toBuilder().spec(s -> s.holderIdentity("b")).build());

        assertThat(attempt(a)).isEqualTo(Outcome.LEADING);
        assertThat(stored().leaderTransitions()).isEqualTo(1);
    }

    @Test
    void theLeaderLosesWhenSomeoneElseWroteTheLease() throws Exception {
        attempt(a);
        advance(1000);
        store.put(l -> new ElectionRecord("b", 4, clock.now(), clock.now(), 1).applyTo(l));

        assertThat(attempt(a)).isEqualTo(Outcome.HELD_BY_OTHER); // fast path 409, then read: b holds it
        assertThat(a.isLeader()).isFalse();
        assertThat(a.observedHolder()).isEqualTo("b");
        assertThat(stored().holderIdentity()).isEqualTo("b");
    }

    @Test
    void ofTwoCandidatesRacingForAnExpiredLeaseOnlyOneWins() throws Exception {
        attempt(b);
        attempt(a);
        advance(4000);
        // a reads the expired lease, but b (whose clock also says so) writes first: a's update conflicts.
        viewA.beforeNextWrite(() -> store.put(l -> new ElectionRecord("c", 4, clock.now(), clock.now(), 1)
                .applyTo(l)));

        assertThat(attempt(a)).isEqualTo(Outcome.FAILED);
        assertThat(stored().holderIdentity()).isEqualTo("c");
        assertThat(attempt(a)).isEqualTo(Outcome.HELD_BY_OTHER);
    }

    @Test
    void aRenewalThatSucceededUnnoticedIsRecoveredByReading() throws Exception {
        attempt(a);
        // Our last write landed but we did not see the answer: the stored version is newer than ours.
        store.put(l -> l.toBuilder().metadata(m -> m.putAnnotation("x", "y")).build());
        advance(1000);

        assertThat(attempt(a)).isEqualTo(Outcome.LEADING);
        assertThat(stored().renewTime()).isEqualTo(clock.now());
        assertThat(stored().leaderTransitions()).isZero();
    }

    @Test
    void aCutConnectionFailsTheAttempt() throws Exception {
        attempt(a);
        viewA.mode(Mode.CUT);

        assertThat(attempt(a)).isEqualTo(Outcome.FAILED);
        assertThat(a.isLeader()).isTrue(); // still the observed holder; the loop decides when to give up
    }

    @Test
    void aStalledCallIsAbandonedAndCancelledAtTheDeadline() throws Exception {
        attempt(a);
        viewA.mode(Mode.STALL);
        CompletableFuture<Outcome> result = CompletableFuture.supplyAsync(() -> {
            try {
                return a.tryAcquireOrRenew(awaiter, clock.nanoTime() + Duration.ofSeconds(3).toNanos());
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        waitForWaiter();
        advance(2999);
        waitForWaiter();
        assertThat(result).isNotDone();
        advance(1);

        assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(Outcome.FAILED);
        assertThat(viewA.stalledCalls()).isEqualTo(1);
        assertThat(viewA.stalledCallsCancelled()).isTrue();
    }

    @Test
    void releaseClearsTheHolderAndShortensTheLease() throws Exception {
        attempt(a);
        advance(500);

        assertThat(a.release(awaiter, clock.nanoTime() + FAR)).isTrue();

        assertThat(stored()).isEqualTo(new ElectionRecord("", 1, clock.now(), clock.now(), 0));
        assertThat(a.isLeader()).isFalse();
        assertThat(attempt(b)).isEqualTo(Outcome.LEADING); // at once: the lease is free
        assertThat(stored().leaderTransitions()).isEqualTo(1);
    }

    @Test
    void releaseByANonLeaderWritesNothing() throws Exception {
        attempt(b);
        attempt(a);
        int calls = viewA.calls();

        assertThat(a.release(awaiter, clock.nanoTime() + FAR)).isTrue();

        assertThat(viewA.calls()).isEqualTo(calls);
        assertThat(stored().holderIdentity()).isEqualTo("b");
    }

    @Test
    void aStoppedAwaiterEndsAStalledCall() throws Exception {
        viewA.mode(Mode.STALL);
        CompletableFuture<Object> result = CompletableFuture.supplyAsync(() -> {
            try {
                return a.tryAcquireOrRenew(awaiter, clock.nanoTime() + FAR);
            } catch (InterruptedException | RuntimeException e) {
                return e;
            }
        });
        waitForWaiter();
        awaiter.stop();

        assertThat(result.get(10, TimeUnit.SECONDS)).isInstanceOf(Awaiter.StoppedException.class);
        assertThat(viewA.stalledCallsCancelled()).isTrue();
    }

    @ParameterizedTest(name = "observed {0} ms ago, lease {1} s -> valid {2}")
    @CsvSource({"0,4,true", "3999,4,true", "4000,4,false", "10000,4,false", "0,1,true", "999,1,true",
            "1000,1,false", "59999,60,true"})
    void leaseValidityIsTimedFromTheObservationOnTheLocalClock(long agoMillis, int seconds, boolean valid)
            throws Exception {
        store.put(l -> new ElectionRecord("b", seconds, clock.now(), clock.now(), 0).applyTo(l));
        assertThat(attempt(a)).isEqualTo(Outcome.HELD_BY_OTHER);
        long observedAt = clock.nanoTime();

        assertThat(a.isLeaseValid(observedAt + Duration.ofMillis(agoMillis).toNanos())).isEqualTo(valid);
    }

    private void waitForWaiter() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (clock.waiters() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(clock.waiters()).isEqualTo(1);
    }
}
