package io.kube4j.workqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkQueueTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /**
     * Scripts of operations on one queue: {@code +a} adds a, {@code >a} gets and expects a, {@code >} expects
     * nothing available, {@code -a} marks a done, {@code #n} expects n items queued, {@code X} shuts down.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "FIFO order                              | +a +b +c #3 >a >b >c >",
        "duplicates while waiting collapse       | +a +a +b +a #2 >a >b >",
        "waiting item keeps its place            | +a +b +a >a >b",
        "processing item is not handed out again | +a >a +a #0 > -a #1 >a",
        "re-added during processing runs after   | +a +b >a +a >b -a >a",
        "re-added many times runs once more      | +a >a +a +a +a -a #1 >a -a >",
        "done without re-add leaves nothing      | +a >a -a #0 >",
        "different items are independent        | +a +b >a >b -b +b >b -a >",
        "re-added item goes to the back          | +a +b >a +a -a >b >a",
        "adds after shut-down are ignored        | +a X +b #1 >a >",
        "queued items are handed out after stop  | +a +b X >a >b >",
        "done still works after shut-down        | +a >a +a X -a >a -a >"})
    void followsClientGoSemantics(String description, String script) {
        WorkQueue<String> q = WorkQueue.create("script");
        for (String step : script.trim().split("\\s+")) {
            char op = step.charAt(0);
            String arg = step.substring(1);
            switch (op) {
                case '+' -> q.add(arg);
                case '-' -> q.done(arg);
                case '#' -> assertThat(q.len()).as("len at %s", step).isEqualTo(Integer.parseInt(arg));
                case 'X' -> q.shutDown();
                case '>' -> assertThat(q.get(Duration.ZERO)).as("get at %s", step)
                        .isEqualTo(arg.isEmpty() ? Optional.empty() : Optional.of(arg));
                default -> throw new IllegalArgumentException(step);
            }
        }
    }

    @Test
    void rejectsMisuseClearly() {
        WorkQueue<String> q = WorkQueue.create("misuse");
        assertThatThrownBy(() -> q.add(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be null");
        assertThatThrownBy(() -> q.done("never-got")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"misuse\"").hasMessageContaining("not being processed");
        q.add("a");
        q.get();
        q.done("a");
        assertThatThrownBy(() -> q.done("a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkQueue.create((String) null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blockedGetWakesOnAdd() throws Exception {
        WorkQueue<String> q = WorkQueue.create("wake");
        CompletableFuture<Optional<String>> got = CompletableFuture.supplyAsync(q::get);
        q.add("a");
        assertThat(got.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).hasValue("a");
    }

    @Test
    void blockedGetReturnsEmptyOnShutDown() throws Exception {
        WorkQueue<String> q = WorkQueue.create("stop");
        CompletableFuture<Optional<String>> got = new CompletableFuture<>();
        Thread getter = start(() -> got.complete(q.get()));
        awaitState(getter, Thread.State.WAITING);
        q.shutDown();
        assertThat(got.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEmpty();
        assertThat(q.isShuttingDown()).isTrue();
        q.shutDown(); // idempotent
    }

    @Test
    void getWithTimeoutReturnsEmptyWhenNothingArrives() {
        WorkQueue<String> q = WorkQueue.create("timeout");
        assertThat(q.get(Duration.ofMillis(20))).isEmpty();
        assertThat(q.isShuttingDown()).isFalse();
    }

    @Test
    void interruptedGetReturnsEmptyAndKeepsTheFlag() throws Exception {
        WorkQueue<String> q = WorkQueue.create("interrupt");
        CompletableFuture<Boolean> flag = new CompletableFuture<>();
        Thread t = start(() -> {
            Optional<String> r = q.get();
            flag.complete(r.isEmpty() && Thread.currentThread().isInterrupted());
        });
        awaitState(t, Thread.State.WAITING);
        t.interrupt();
        assertThat(flag.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        t.join();
    }

    @Test
    void shutDownWithDrainWaitsForItemsInFlight() throws Exception {
        WorkQueue<String> q = WorkQueue.create("drain");
        q.add("a");
        q.add("b");
        String first = q.get().orElseThrow();
        CompletableFuture<Void> drained = new CompletableFuture<>();
        Thread drainer = start(() -> {
            q.shutDownWithDrain();
            drained.complete(null);
        });
        awaitState(drainer, Thread.State.WAITING);
        assertThat(drained).isNotDone();
        q.add("c"); // ignored: shutting down
        String second = q.get().orElseThrow(); // queued items are still handed out
        q.done(first);
        assertThat(drained).isNotDone();
        q.done(second);
        drained.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(q.get()).isEmpty();
        assertThat(List.of(first, second)).containsExactly("a", "b");
    }

    @Test
    void shutDownWithDrainTimesOut() {
        WorkQueue<String> q = WorkQueue.create("drain-timeout");
        q.add("a");
        q.get();
        assertThat(q.shutDownWithDrain(Duration.ofMillis(20))).isFalse();
        q.done("a");
        assertThat(q.shutDownWithDrain(Duration.ofMillis(20))).isTrue();
    }

    @Test
    void shutDownStopsADrainWait() throws Exception {
        WorkQueue<String> q = WorkQueue.create("drain-abort");
        q.add("a");
        q.get();
        CompletableFuture<Boolean> drained = new CompletableFuture<>();
        Thread drainer = start(() -> drained.complete(q.shutDownWithDrain(Duration.ofHours(1))));
        awaitState(drainer, Thread.State.TIMED_WAITING);
        q.shutDown();
        assertThat(drained.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void closeShutsDown() {
        WorkQueue<String> q = WorkQueue.create("close");
        try (q) {
            q.add("a");
        }
        assertThat(q.isShuttingDown()).isTrue();
        assertThat(q.get()).hasValue("a");
        assertThat(q.get()).isEmpty();
    }

    @Test
    void reportsMetricsOnTheQueueClock() {
        FakeClock clock = new FakeClock();
        RecordingMetrics metrics = new RecordingMetrics();
        WorkQueue<String> q = WorkQueue.create(WorkQueueOptions.builder().name("m").clock(clock).metrics(metrics)
                .build());
        q.add("a");
        q.add("a");
        q.add("b");
        clock.advance(Duration.ofSeconds(2));
        q.get();
        clock.advance(Duration.ofSeconds(3));
        q.add("a");
        q.done("a");
        assertThat(metrics.events).containsExactly(
                "m added", "m depth 1", "m added", "m depth 2",
                "m depth 1", "m latency PT2S",
                "m added", "m depth 2", "m work PT3S");
    }

    @Test
    void aFailingMetricsListenerDoesNotBreakTheQueue() {
        WorkQueue<String> q = WorkQueue.create(WorkQueueOptions.builder().name("bad-metrics")
                .metrics(new WorkQueueMetrics() {
                    @Override
                    public void added(String queue) {
                        throw new IllegalStateException("boom");
                    }
                }).build());
        q.add("a");
        assertThat(q.get()).hasValue("a");
        q.done("a");
        assertThat(q.len()).isZero();
    }

    static final class RecordingMetrics implements WorkQueueMetrics {
        final List<String> events = new ArrayList<>();

        @Override
        public void added(String queue) {
            events.add(queue + " added");
        }

        @Override
        public void depth(String queue, int depth) {
            events.add(queue + " depth " + depth);
        }

        @Override
        public void queueLatency(String queue, Duration latency) {
            events.add(queue + " latency " + latency);
        }

        @Override
        public void workDuration(String queue, Duration duration) {
            events.add(queue + " work " + duration);
        }

        @Override
        public void retried(String queue) {
            events.add(queue + " retried");
        }
    }

    static Thread start(Runnable body) {
        Thread t = new Thread(body, "test-" + body.hashCode());
        t.setDaemon(true);
        t.start();
        return t;
    }

    static void awaitState(Thread t, Thread.State state) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (t.getState() != state) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(t.getName() + " never reached " + state + ", is " + t.getState());
            }
            Thread.sleep(1);
        }
    }
}
