package io.kube4j.workqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DelayingQueueTest {
    private static final long PATIENCE_SECONDS = 30;
    private final FakeClock clock = new FakeClock();
    private DelayingQueue<String> q;

    private DelayingQueue<String> queue(String name) {
        q = DelayingQueue.create(WorkQueueOptions.builder().name(name).clock(clock).build());
        return q;
    }

    @AfterEach
    void stop() {
        if (q != null) {
            q.shutDown();
        }
    }

    @Test
    void addsAnItemWhenItsTimeComes() {
        DelayingQueue<String> q = queue("delay");
        q.addAfter("a", Duration.ofSeconds(1));
        assertThat(q.len()).isZero();
        clock.advance(Duration.ofMillis(999));
        assertThat(q.len()).isZero();
        assertThat(q.get(Duration.ZERO)).isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(q.len()).isEqualTo(1);
        assertThat(q.get(Duration.ZERO)).hasValue("a");
    }

    /** Each step: {@code a@5} adds a after 5 s, {@code +3} advances 3 s, {@code =a,b} expects those ready. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "earliest time wins                 | a@10 a@1 +1 =a +9 =",
        "later time does not postpone       | a@1 a@10 +1 =a +9 =",
        "items come out in time order       | b@2 a@1 c@3 +3 =a,b,c",
        "equal times keep insertion order   | b@1 a@1 c@1 +1 =b,a,c",
        "zero delay adds now                | a@0 =a",
        "negative delay adds now            | a@-5 =a",
        "adding now keeps the waiting entry  | a@5 +0 = a@0 =a +5 =a +5 =",
        "a due item waiting is not doubled   | a@1 +1 a@0 =a",
        "distinct delays                    | a@1 b@2 +1 =a +1 =b"})
    void schedulesLikeClientGo(String description, String script) {
        DelayingQueue<String> q = queue("script");
        for (String step : script.trim().split("\\s+")) {
            if (step.startsWith("+")) {
                clock.advance(Duration.ofSeconds(Long.parseLong(step.substring(1))));
            } else if (step.startsWith("=")) {
                List<String> expected = step.length() == 1 ? List.of() : List.of(step.substring(1).split(","));
                for (String item : expected) {
                    assertThat(q.get(Duration.ZERO)).as("at %s", step).hasValue(item);
                    q.done(item);
                }
                assertThat(q.get(Duration.ZERO)).as("nothing more at %s", step).isEmpty();
            } else {
                String[] parts = step.split("@");
                q.addAfter(parts[0], Duration.ofSeconds(Long.parseLong(parts[1])));
            }
        }
    }

    @Test
    void theSchedulerWakesABlockedWorker() throws Exception {
        DelayingQueue<String> q = queue("wake");
        q.addAfter("a", Duration.ofMinutes(5));
        CompletableFuture<Optional<String>> got = new CompletableFuture<>();
        Thread worker = WorkQueueTest.start(() -> got.complete(q.get()));
        WorkQueueTest.awaitState(worker, Thread.State.WAITING);
        clock.advance(Duration.ofMinutes(5));
        assertThat(got.get(PATIENCE_SECONDS, TimeUnit.SECONDS)).hasValue("a");
    }

    @Test
    void worksWithTheRealClock() {
        q = DelayingQueue.create("real-clock");
        q.addAfter("a", Duration.ofMillis(20));
        assertThat(q.get(Duration.ofSeconds(PATIENCE_SECONDS))).hasValue("a");
    }

    @Test
    void hugeDelaysDoNotOverflow() {
        DelayingQueue<String> q = queue("huge");
        q.addAfter("a", Duration.ofSeconds(Long.MAX_VALUE));
        q.addAfter("b", Duration.ofDays(365L * 1000));
        clock.advance(Duration.ofDays(365L * 100));
        assertThat(q.len()).isZero();
    }

    @Test
    void shutDownStopsTheSchedulerThreadAndDropsWaitingItems() {
        DelayingQueue<String> q = queue("stop-me");
        q.addAfter("later", Duration.ofSeconds(1));
        q.add("now");
        assertThat(schedulerThreads("stop-me")).hasSize(1);
        q.shutDown();
        assertThat(schedulerThreads("stop-me")).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(q.get(Duration.ZERO)).hasValue("now");
        assertThat(q.get(Duration.ZERO)).isEmpty();
        q.addAfter("ignored", Duration.ZERO);
        assertThat(q.len()).isZero();
    }

    @Test
    void closeAndDrainStopTheSchedulerToo() {
        DelayingQueue<String> a = DelayingQueue.create("closed-queue");
        assertThat(schedulerThreads("closed-queue")).hasSize(1);
        a.close();
        assertThat(schedulerThreads("closed-queue")).isEmpty();
        DelayingQueue<String> b = DelayingQueue.create("drained-queue");
        assertThat(b.shutDownWithDrain(Duration.ofSeconds(PATIENCE_SECONDS))).isTrue();
        assertThat(schedulerThreads("drained-queue")).isEmpty();
    }

    @Test
    void countsRetries() {
        AtomicInteger retries = new AtomicInteger();
        q = DelayingQueue.create(WorkQueueOptions.builder().name("retries").clock(clock)
                .metrics(new WorkQueueMetrics() {
                    @Override
                    public void retried(String queue) {
                        retries.incrementAndGet();
                    }
                }).build());
        q.addAfter("a", Duration.ofSeconds(1));
        q.addAfter("a", Duration.ZERO);
        q.add("b");
        assertThat(retries.get()).isEqualTo(2);
    }

    @Test
    void rejectsNulls() {
        DelayingQueue<String> q = queue("nulls");
        assertThatThrownBy(() -> q.addAfter(null, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> q.addAfter("a", null)).isInstanceOf(IllegalArgumentException.class);
    }

    static List<Thread> schedulerThreads(String queueName) {
        String prefix = "kube4j-workqueue-" + queueName + "-";
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(prefix) && t.isAlive()).toList();
    }
}
