package io.kube4j.workqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

class FakeClockTest {

    @Test
    void movesOnlyWhenAdvanced() {
        FakeClock clock = new FakeClock(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(clock.now()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(clock.nanoTime()).isZero();
        clock.advance(Duration.ofMillis(1500));
        assertThat(clock.now()).isEqualTo(Instant.parse("2024-05-01T10:00:01.5Z"));
        assertThat(clock.nanoTime()).isEqualTo(1_500_000_000L);
        assertThat(clock.elapsed()).isEqualTo(Duration.ofMillis(1500));
        clock.advance(Duration.ZERO);
        assertThat(clock.nanoTime()).isEqualTo(1_500_000_000L);
        assertThatThrownBy(() -> clock.advance(Duration.ofNanos(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void advanceWakesWaitersWhoseDeadlinePassed() throws Exception {
        FakeClock clock = new FakeClock();
        ReentrantLock lock = new ReentrantLock();
        Condition condition = lock.newCondition();
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        Thread waiter = WorkQueueTest.start(() -> {
            lock.lock();
            try {
                boolean reached = false;
                while (!reached) {
                    reached = clock.awaitUntil(lock, condition, 1_000);
                }
                result.complete(true);
            } catch (InterruptedException e) {
                result.completeExceptionally(e);
            } finally {
                lock.unlock();
            }
        });
        WorkQueueTest.awaitState(waiter, Thread.State.WAITING);
        assertThat(clock.waiters()).isEqualTo(1);
        clock.advance(Duration.ofNanos(999));
        assertThat(result).isNotDone();
        clock.advance(Duration.ofNanos(1));
        assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
        waiter.join();
        assertThat(clock.waiters()).isZero();
    }

    @Test
    void awaitReturnsAtOnceForAPastDeadline() throws Exception {
        FakeClock clock = new FakeClock();
        clock.advance(Duration.ofSeconds(1));
        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        try {
            assertThat(clock.awaitUntil(lock, lock.newCondition(), 5)).isTrue();
        } finally {
            lock.unlock();
        }
    }

    @Test
    void systemClockMovesForward() throws Exception {
        Clock clock = Clock.system();
        long a = clock.nanoTime();
        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        try {
            boolean reached = false;
            while (!reached) {
                reached = clock.awaitUntil(lock, lock.newCondition(), a + 1_000_000);
            }
        } finally {
            lock.unlock();
        }
        assertThat(clock.nanoTime()).isGreaterThanOrEqualTo(a + 1_000_000);
        assertThat(clock.now()).isBeforeOrEqualTo(Instant.now());
    }
}
