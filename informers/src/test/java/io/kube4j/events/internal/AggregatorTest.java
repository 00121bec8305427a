package io.kube4j.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.core.v1.ObjectReference;
import io.kube4j.workqueue.FakeClock;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Aggregation and queueing without a worker: what is queued, counted and dropped. */
class AggregatorTest {
    private final FakeClock clock = new FakeClock();
    private final Aggregator aggregator = new Aggregator(clock, 3, Duration.ofMinutes(6), 100);

    private static final ObjectReference POD = ObjectReference.builder().apiVersion("v1").kind("Pod")
            .namespace("ns").name("web").uid("u1").resourceVersion("5").build();
    private static final EventData BASE = new EventData(POD, null, "Warning", "BackOff", "Restarting",
            "container crashed", "example.com/ctl", "ctl-host");

    private static EventData with(UnaryOperator<EventData> edit) {
        return edit.apply(BASE);
    }

    static Stream<Arguments> variants() {
        return Stream.of(
            Arguments.of("identical", BASE, true),
            Arguments.of("object at a newer resourceVersion", with(d -> new EventData(
                    POD.toBuilder().resourceVersion("6").build(), null, d.type(), d.reason(), d.action(), d.note(),
                    d.reportingController(), d.reportingInstance())), true),
            Arguments.of("another note", with(d -> new EventData(d.regarding(), null, d.type(), d.reason(),
                    d.action(), "other", d.reportingController(), d.reportingInstance())), false),
            Arguments.of("another reason", with(d -> new EventData(d.regarding(), null, d.type(), "Other",
                    d.action(), d.note(), d.reportingController(), d.reportingInstance())), false),
            Arguments.of("another type", with(d -> new EventData(d.regarding(), null, "Normal", d.reason(),
                    d.action(), d.note(), d.reportingController(), d.reportingInstance())), false),
            Arguments.of("another action", with(d -> new EventData(d.regarding(), null, d.type(), d.reason(),
                    "Other", d.note(), d.reportingController(), d.reportingInstance())), false),
            Arguments.of("another object uid", with(d -> new EventData(POD.toBuilder().uid("u2").build(), null,
                    d.type(), d.reason(), d.action(), d.note(), d.reportingController(), d.reportingInstance())),
                    false),
            Arguments.of("a related object", with(d -> new EventData(d.regarding(), POD, d.type(), d.reason(),
                    d.action(), d.note(), d.reportingController(), d.reportingInstance())), false),
            Arguments.of("another instance", with(d -> new EventData(d.regarding(), null, d.type(), d.reason(),
                    d.action(), d.note(), d.reportingController(), "other-host")), false));
    }

    @ParameterizedTest(name = "{0} -> same series: {2}")
    @MethodSource("variants")
    void repeatsJoinASeriesOnlyWhenEverythingButResourceVersionsMatch(String what, EventData second,
            boolean sameSeries) throws Exception {
        aggregator.record(BASE);
        aggregator.record(second);

        assertThat(aggregator.queued()).isEqualTo(sameSeries ? 1 : 2);
        Snapshot first = aggregator.snapshot(aggregator.take());
        assertThat(first.count()).isEqualTo(sameSeries ? 2 : 1);
        assertThat(first.data()).isEqualTo(BASE); // the first occurrence's data, resourceVersion included
    }

    @ParameterizedTest(name = "repeat after {0} s, then after {1} s -> {2} Events")
    @CsvSource({"60,60,1", "359,359,1", "360,1,2", "1,360,2", "3000,3000,3"})
    void aSeriesLastsWhileRepeatsComeWithinTheWindowOfTheLastOne(long firstGap, long secondGap, int events)
            throws Exception {
        aggregator.record(BASE);
        clock.advance(Duration.ofSeconds(firstGap));
        aggregator.record(BASE);
        clock.advance(Duration.ofSeconds(secondGap));
        aggregator.record(BASE);

        assertThat(aggregator.queued()).isEqualTo(events);
    }

    @Test
    void aSnapshotCarriesFirstAndLastTimesAndTheCount() throws Exception {
        aggregator.record(BASE);
        java.time.Instant first = clock.now();
        clock.advance(Duration.ofSeconds(10));
        aggregator.record(BASE);
        aggregator.record(BASE);

        Snapshot s = aggregator.snapshot(aggregator.take());

        assertThat(s.first()).isEqualTo(first);
        assertThat(s.last()).isEqualTo(clock.now());
        assertThat(s.count()).isEqualTo(3);
        assertThat(s.created()).isFalse();
        assertThat(s.namespace()).isEqualTo("ns");
        assertThat(s.name()).startsWith("web.");
    }

    @Test
    void aFullQueueDropsAndCountsButNeverBlocks() {
        for (int i = 0; i < 10; i++) {
            aggregator.record(with(d -> new EventData(d.regarding(), null, d.type(), d.reason(), d.action(),
                    "note " + System.nanoTime(), d.reportingController(), d.reportingInstance())));
        }

        assertThat(aggregator.queued()).isEqualTo(3);
        assertThat(aggregator.dropped()).isEqualTo(7);
    }

    @Test
    void repeatsOfAQueuedSeriesNeedNoRoomInTheQueue() {
        for (int i = 0; i < 3; i++) {
            int n = i;
            aggregator.record(with(d -> new EventData(d.regarding(), null, d.type(), d.reason(), d.action(),
                    "note " + n, d.reportingController(), d.reportingInstance())));
        }
        aggregator.record(with(d -> new EventData(d.regarding(), null, d.type(), d.reason(), d.action(),
                "note 0", d.reportingController(), d.reportingInstance())));

        assertThat(aggregator.queued()).isEqualTo(3);
        assertThat(aggregator.dropped()).isZero();
    }

    @Test
    void namesAreUniqueEvenAtTheSameInstant() throws Exception {
        Aggregator big = new Aggregator(clock, 10, Duration.ofMinutes(6), 100);
        big.record(BASE);
        big.record(with(d -> new EventData(d.regarding(), null, d.type(), "Other", d.action(), d.note(),
                d.reportingController(), d.reportingInstance())));

        String a = big.snapshot(big.take()).name();
        String b = big.snapshot(big.take()).name();

        assertThat(a).isNotEqualTo(b);
        assertThat(Long.parseLong(b.substring(4), 16) - Long.parseLong(a.substring(4), 16)).isEqualTo(1);
    }

    @Test
    void closingStopsTakingEventsButLetsTheQueueDrain() throws Exception {
        aggregator.record(BASE);
        aggregator.close();

        assertThat(aggregator.record(BASE.key())).isFalse();
        assertThat(aggregator.dropped()).isEqualTo(1);
        assertThat(aggregator.take()).isNotNull();
        assertThat(aggregator.take()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"web,web", "Web-1,web-1", "system:controller:x,system-controller-x", "a..b,a.b", "-a-.b-,a.b",
            ":::,event", "node.example.com,node.example.com"})
    void objectNamesBecomeValidEventNamePrefixes(String objectName, String prefix) {
        assertThat(Aggregator.dnsSubdomain(objectName)).isEqualTo(prefix);
    }

    @Test
    void longNamesAreCutToTheApiLimit() throws Exception {
        String name = "x".repeat(250);
        aggregator.record(new EventData(POD.toBuilder().name(name).build(), null, "Normal", "R", "A", "",
                "c", "i"));

        String eventName = aggregator.snapshot(aggregator.take()).name();

        assertThat(eventName).hasSizeLessThanOrEqualTo(253).startsWith("xxxx").matches("x+\\.[0-9a-f]+");
    }

    @Test
    void clusterScopedObjectsGetTheirEventsInDefault() throws Exception {
        aggregator.record(new EventData(ObjectReference.builder().apiVersion("v1").kind("Node").name("n1").build(),
                null, "Normal", "R", "A", "", "c", "i"));

        assertThat(aggregator.snapshot(aggregator.take()).namespace()).isEqualTo("default");
    }
}
