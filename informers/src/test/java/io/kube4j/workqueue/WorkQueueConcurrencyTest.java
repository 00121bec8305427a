package io.kube4j.workqueue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Many producers and 8 workers on 1 000 keys: no key is ever processed by two workers at once, and every add
 * is followed by a processing start of that key (no lost work).
 */
class WorkQueueConcurrencyTest {
    private static final int WORKERS = 8;
    private static final int PRODUCERS = 4;
    private static final int KEYS = 1_000;
    private static final int ADDS = 100_000;

    @Test
    void neverProcessesAKeyTwiceAtOnceAndLosesNoWork() throws Exception {
        WorkQueue<Integer> q = WorkQueue.create("concurrency");
        AtomicLong ticks = new AtomicLong();
        AtomicLongArray lastAdd = new AtomicLongArray(KEYS);
        AtomicLongArray lastStart = new AtomicLongArray(KEYS);
        Set<Integer> inFlight = ConcurrentHashMap.newKeySet();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicInteger processed = new AtomicInteger();
        AtomicInteger reAdds = new AtomicInteger(ADDS / 4);
        List<Throwable> failures = new ArrayList<>();

        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            workers.add(WorkQueueTest.start(() -> {
                try {
                    for (Optional<Integer> next; (next = q.get()).isPresent(); ) {
                        int key = next.get();
                        if (!inFlight.add(key)) {
                            overlaps.incrementAndGet();
                        }
                        lastStart.accumulateAndGet(key, ticks.incrementAndGet(), Math::max);
                        processed.incrementAndGet();
                        // Like a watch event arriving mid-reconcile: sometimes re-add the key being processed and
                        // hold it a little, so that an idle worker would grab it if the queue handed it out again.
                        if (reAdds.get() > 0 && ThreadLocalRandom.current().nextInt(4) == 0
                                && reAdds.decrementAndGet() >= 0) {
                            lastAdd.accumulateAndGet(key, ticks.incrementAndGet(), Math::max);
                            q.add(key);
                            LockSupport.parkNanos(50_000);
                        } else {
                            Thread.yield();
                        }
                        inFlight.remove(key);
                        q.done(key);
                    }
                } catch (Throwable t) {
                    synchronized (failures) {
                        failures.add(t);
                    }
                }
            }));
        }
        List<Thread> producers = new ArrayList<>();
        for (int p = 0; p < PRODUCERS; p++) {
            SplittableRandom random = new SplittableRandom(p);
            producers.add(WorkQueueTest.start(() -> {
                for (int i = 0; i < ADDS / PRODUCERS; i++) {
                    int key = random.nextInt(KEYS);
                    // The tick is taken before the add, so a processing start that follows the add has a larger one.
                    lastAdd.accumulateAndGet(key, ticks.incrementAndGet(), Math::max);
                    q.add(key);
                    if (q.len() > 2 * WORKERS) {
                        // Keep the queue short so that keys re-added mid-processing reach idle workers quickly.
                        LockSupport.parkNanos(10_000);
                    }
                }
            }));
        }
        for (Thread t : producers) {
            t.join();
        }
        assertThat(q.shutDownWithDrain(Duration.ofSeconds(120))).as("drained").isTrue();
        for (Thread t : workers) {
            t.join(Duration.ofSeconds(120).toMillis());
            assertThat(t.isAlive()).isFalse();
        }

        assertThat(failures).isEmpty();
        assertThat(overlaps.get()).as("keys processed by two workers at once").isZero();
        int added = 0;
        for (int key = 0; key < KEYS; key++) {
            if (lastAdd.get(key) > 0) {
                added++;
                assertThat(lastStart.get(key)).as("key %d: processing started after its last add", key)
                        .isGreaterThan(lastAdd.get(key));
            }
        }
        assertThat(added).isEqualTo(KEYS);
        assertThat(processed.get()).isGreaterThanOrEqualTo(KEYS);
        assertThat(q.len()).isZero();
    }
}
