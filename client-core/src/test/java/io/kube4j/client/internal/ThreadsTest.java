package io.kube4j.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThreadsTest {

    @Test
    void threadsAreNamedDaemons() throws InterruptedException {
        Thread t = Threads.factory("test-threads").newThread(() -> { });
        assertThat(t.getName()).isEqualTo("kube4j-test-threads-1");
        assertThat(t.isDaemon()).isTrue();
        Thread started = Threads.start("kube4j-test-one", () -> { });
        assertThat(started.getName()).isEqualTo("kube4j-test-one");
        assertThat(Threads.joinUntil(started, System.nanoTime() + TimeUnit.SECONDS.toNanos(30))).isTrue();
    }

    @Test
    void joinUntilGivesUpAtTheDeadlineAndReportsTheThreadAlive() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Thread t = blockedUntil(release);
        assertThat(Threads.joinUntil(t, System.nanoTime())).isFalse();
        release.countDown();
        assertThat(Threads.joinUntil(t, System.nanoTime() + TimeUnit.SECONDS.toNanos(30))).isTrue();
    }

    @Test
    void joinUntilDoesNotWaitForTheCallingThread() {
        assertThat(Threads.joinUntil(Thread.currentThread(), Long.MAX_VALUE)).isTrue();
    }

    @Test
    void anInterruptEndsTheWaitAndStaysSet() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Thread t = blockedUntil(release);
        Thread.currentThread().interrupt();
        try {
            assertThat(Threads.joinUntil(t, System.nanoTime() + TimeUnit.HOURS.toNanos(1))).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
            release.countDown();
            t.join();
        }
    }

    /** A started thread that waits for {@code release}. */
    private static Thread blockedUntil(CountDownLatch release) {
        return Threads.start("test-blocked", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
