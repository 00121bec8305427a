package io.kube4j.client.internal.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.client.EventType;
import io.kube4j.client.SerializationException;
import io.kube4j.client.TestPod;
import io.kube4j.client.WatchEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WatchDecoderTest {

    private static WatchDecoder<TestPod> decoder(String body) throws IOException {
        return new WatchDecoder<>(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), TestPod.class,
                "GET /api/v1/pods?watch=true");
    }

    private static List<WatchEvent<TestPod>> readAll(InputStream in) throws IOException {
        WatchDecoder<TestPod> d = new WatchDecoder<>(in, TestPod.class, "test");
        List<WatchEvent<TestPod>> events = new ArrayList<>();
        for (WatchEvent<TestPod> e = d.next(); e != null; e = d.next()) {
            events.add(e);
        }
        return events;
    }

    @Test
    void decodesEveryEventTypeFromOneStream() throws IOException {
        List<WatchEvent<TestPod>> events;
        try (InputStream in = getClass().getResourceAsStream("/rest/watch-all-types.json")) {
            events = readAll(in);
        }
        assertThat(events).extracting(WatchEvent::type)
                .containsExactly(EventType.ADDED, EventType.MODIFIED, EventType.BOOKMARK, EventType.DELETED);
        assertThat(events.get(1).object().spec()).containsEntry("nodeName", "n2");
        assertThat(events.get(2).object().metadata().resourceVersion()).isEqualTo("12");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.isError()).isFalse();
            assertThat(e.status()).isEmpty();
        });
    }

    @Test
    void decodesErrorStatuses() throws IOException {
        WatchDecoder<TestPod> d = decoder("{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"apiVersion\":\"v1\","
                + "\"status\":\"Failure\",\"message\":\"too old resource version: 1 (5)\",\"reason\":\"Expired\",\"code\":410}}");
        WatchEvent<TestPod> e = d.next();
        assertThat(e.type()).isEqualTo(EventType.ERROR);
        assertThat(e.isGone()).isTrue();
        assertThat(e.object()).isNull();
        assertThat(e.status()).hasValueSatisfying(s -> assertThat(s.code()).isEqualTo(410));
        assertThat(e.toException("watch")).hasValueSatisfying(x -> assertThat(x).isInstanceOf(io.kube4j.client.GoneException.class));
        assertThat(d.next()).isNull();
    }

    @Test
    void objectBeforeTypeAndUnknownFieldsAreFine() throws IOException {
        WatchDecoder<TestPod> d = decoder("{\"object\":{\"metadata\":{\"name\":\"x\"}},\"extra\":{\"a\":[1,2]},"
                + "\"type\":\"ADDED\"}   \n\n {\"type\":\"DELETED\",\"object\":{\"metadata\":{\"name\":\"y\"}}}");
        assertThat(d.next().object().metadata().name()).isEqualTo("x");
        assertThat(d.next().object().metadata().name()).isEqualTo("y");
        assertThat(d.next()).isNull();
    }

    @Test
    void emptyStreamIsACleanEnd() throws IOException {
        assertThat(decoder("").next()).isNull();
        assertThat(decoder("  \n").next()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"x\"}}                  | truncated",
        "{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"na                                | truncated",
        "{\"type\":\"ADDED\" \"object\":{}}                                                | cannot read",
        "[1,2]                                                                            | expected a JSON object",
        "{\"type\":\"EXPLODED\",\"object\":{}}                                             | unknown event type \"EXPLODED\"",
        "{\"type\":7,\"object\":{}}                                                        | \"type\" is not a string",
        "{\"object\":{}}                                                                   | without a \"type\"",
        "{\"type\":\"ADDED\"}                                                              | without an \"object\"",
        "{\"type\":\"ADDED\",\"object\":null}                                              | null \"object\"",
        "{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":{\"a\":1}}}}              | $.object.metadata.name",
        "<html>oops</html>                                                                | cannot read",
    })
    void badInputIsASerializationException(String body, String expected) throws IOException {
        WatchDecoder<TestPod> d = decoder(body.strip());
        assertThatThrownBy(d::next).isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("GET /api/v1/pods?watch=true: cannot read watch event of TestPod")
                .hasMessageContaining(expected);
    }

    @Test
    void snippetShowsTheInputNearTheFailure() throws IOException {
        WatchDecoder<TestPod> d = decoder("{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"ok\"}}}\n"
                + "{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"x\"}, \"spec\": nonsense}}");
        d.next();
        assertThatThrownBy(d::next).isInstanceOfSatisfying(SerializationException.class,
                e -> assertThat(e.snippet()).contains("nonsense"));
    }

    @Test
    void secretsAreNeverQuoted() throws IOException {
        WatchDecoder<TestPod> d = decoder("{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"s\"},"
                + "\"data\":{\"password\":\"aHVudGVyMg==\"}, \"token\": nope}}");
        assertThatThrownBy(d::next).isInstanceOfSatisfying(SerializationException.class, e -> {
            assertThat(e.getMessage()).doesNotContain("aHVudGVyMg==");
            assertThat(e.snippet()).doesNotContain("aHVudGVyMg==");
        });
    }
}
