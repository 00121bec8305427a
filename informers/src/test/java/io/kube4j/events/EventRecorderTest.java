package io.kube4j.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.core.v1.ObjectReference;
import io.kube4j.api.core.v1.Pod;
import io.kube4j.client.Config;
import io.kube4j.client.RestClient;
import io.kube4j.testsupport.Kube4jThreads;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a recorder accepts: bad arguments fail on the caller's thread with a specific message. */
class EventRecorderTest {
    private static final Pod POD = Pod.builder().metadata(m -> m.name("web").namespace("ns")).build();

    private final RestClient client = RestClient.create(Config.builder().server("https://127.0.0.1:1").build());
    private final EventBroadcaster broadcaster = EventBroadcaster.builder(client).api(EventApi.EVENTS_V1)
            .closeTimeout(Duration.ofMillis(10)).build();
    private final EventRecorder recorder = broadcaster.newRecorder("example.com/ctl", "ctl-1");

    @AfterEach
    void close() {
        broadcaster.close();
        client.close();
        assertThat(Kube4jThreads.awaitNone(Duration.ofSeconds(10))).isEmpty();
    }

    interface Call {
        void record(EventRecorder r);
    }

    static Stream<Arguments> badCalls() {
        return Stream.of(
            Arguments.of("no regarding object", (Call) r -> r.eventf((Pod) null, null, EventType.NORMAL, "R", "A", "n"),
                    "regarding object is required"),
            Arguments.of("regarding without a name", (Call) r -> r.eventf(Pod.builder().build(), null,
                    EventType.NORMAL, "R", "A", "n"), "regarding object has no metadata.name: Pod"),
            Arguments.of("reference without a name", (Call) r -> r.eventf(ObjectReference.builder().kind("Pod")
                    .build(), null, EventType.NORMAL, "R", "A", "n"), "regarding reference needs a name"),
            Arguments.of("related without a name", (Call) r -> r.eventf(POD, Pod.builder().build(),
                    EventType.NORMAL, "R", "A", "n"), "related object has no metadata.name"),
            Arguments.of("no type", (Call) r -> r.eventf(POD, null, null, "R", "A", "n"), "type is required"),
            Arguments.of("empty reason", (Call) r -> r.eventf(POD, null, EventType.NORMAL, "", "A", "n"),
                    "reason is required"),
            Arguments.of("long reason", (Call) r -> r.eventf(POD, null, EventType.NORMAL, "R".repeat(129), "A",
                    "n"), "reason is longer than 128 characters: 129"),
            Arguments.of("no action", (Call) r -> r.eventf(POD, null, EventType.NORMAL, "R", null, "n"),
                    "action is required"),
            Arguments.of("long action", (Call) r -> r.eventf(POD, null, EventType.NORMAL, "R", "A".repeat(129),
                    "n"), "action is longer than 128 characters"),
            Arguments.of("bad format", (Call) r -> r.eventf(POD, null, EventType.NORMAL, "R", "A", "%d", "x"),
                    "note is not a valid format for its arguments"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCalls")
    void badArgumentsAreRejectedAtOnce(String what, Call call, String message) {
        assertThatThrownBy(() -> call.record(recorder)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
        assertThat(broadcaster.queued()).isZero();
    }

    @Test
    void goodArgumentsAreAccepted() {
        recorder.eventf(POD, null, EventType.NORMAL, "R".repeat(128), "A", "100%");
        recorder.eventf(POD, POD, EventType.WARNING, "R", "A", null);
        recorder.eventf(ObjectReference.builder().kind("Pod").name("web").build(), null, EventType.NORMAL, "R", "A",
                "%s", "x");

        // Nothing answers at 127.0.0.1:1, so the worker keeps retrying until close() drops all three.
        assertThat(broadcaster.dropped()).isZero();
        broadcaster.close();
        assertThat(broadcaster.dropped()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "my controller", "example.com/", "/ctl", "Example.com/ctl", "ctl-", "a/b/c"})
    void reportingControllerMustBeAQualifiedName(String controller) {
        assertThatThrownBy(() -> broadcaster.newRecorder(controller, "i"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reportingController");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ctl", "example.com/my-controller", "kube4j.io/Event_Recorder.1"})
    void qualifiedControllerNamesAreAccepted(String controller) {
        assertThat(broadcaster.newRecorder(controller, "i").toString()).contains(controller);
    }

    @Test
    void reportingInstanceIsLimitedTo128Characters() {
        assertThatThrownBy(() -> broadcaster.newRecorder("ctl", "i".repeat(129)))
                .hasMessageContaining("reportingInstance must have 1 to 128 characters");
        assertThat(broadcaster.newRecorder("ctl", "i".repeat(128))).isNotNull();
    }

    @Test
    void invalidSettingsAreNamed() {
        assertThatThrownBy(() -> EventBroadcaster.builder(client).queueCapacity(0).build())
                .hasMessage("queueCapacity must be positive, got 0");
        assertThatThrownBy(() -> EventBroadcaster.builder(client).aggregationWindow(Duration.ZERO).build())
                .hasMessage("aggregationWindow must be positive, got PT0S");
        assertThatThrownBy(() -> EventBroadcaster.builder(client).retry(0, Duration.ofSeconds(1)).build())
                .hasMessage("maxAttempts must be positive, got 0");
    }
}
