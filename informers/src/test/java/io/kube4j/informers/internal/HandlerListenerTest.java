package io.kube4j.informers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.informers.ResourceEventHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delivery through a handler thread that polls during bursts and parks between them: nothing lost or late. */
class HandlerListenerTest {
    private final List<Integer> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile CountDownLatch expected = new CountDownLatch(0);
    private final HandlerListener<Integer> listener = new HandlerListener<>(
            ResourceEventHandler.<Integer>builder().onAdd(i -> {
                seen.add(i);
                expected.countDown();
            }).build(), Duration.ZERO, "kube4j-handler-test", l -> { }, l -> { });

    @AfterEach
    void stop() {
        listener.stop();
    }

    @Test
    void aBurstIsDeliveredCompletelyAndInOrder() throws InterruptedException {
        listener.start();
        expect(20_000);
        for (int i = 0; i < 20_000; i++) {
            listener.enqueue(Notification.add(i, false));
        }
        assertThat(expected.await(30, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 20_000; i++) {
            assertThat(seen.get(i)).isEqualTo(i);
        }
    }

    @Test
    void notificationsAfterBurstsAndPausesAllArrive() throws InterruptedException {
        listener.start();
        int n = 0;
        for (int round = 0; round < 40; round++) {
            int burst = round % 2 == 0 ? 50 : 1;
            expect(burst);
            for (int k = 0; k < burst; k++) {
                listener.enqueue(Notification.add(n++, false));
            }
            // each round must complete while the producer is idle: after a burst the thread polls, then parks
            assertThat(expected.await(30, TimeUnit.SECONDS)).as("round %d", round).isTrue();
            Thread.sleep(round % 3 == 0 ? 0 : 3);
        }
        assertThat(seen).hasSize(n);
        assertThat(listener.pendingNotifications()).isZero();
    }

    @Test
    void stopEndsAPollingThread() throws InterruptedException {
        listener.start();
        expect(100);
        for (int i = 0; i < 100; i++) {
            listener.enqueue(Notification.add(i, false));
        }
        assertThat(expected.await(30, TimeUnit.SECONDS)).isTrue();
        listener.signalStop(); // right after a burst: the thread is polling, not parked
        assertThat(listener.join(System.nanoTime() + TimeUnit.SECONDS.toNanos(10))).isTrue();
    }

    private void expect(int count) {
        expected = new CountDownLatch(count);
    }
}
