package io.kube4j.client.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarningHeadersTest {
    @Test
    void parsesKubernetesWarnings() {
        assertThat(WarningHeaders.parse(List.of("299 - \"policy/v1beta1 PodSecurityPolicy is deprecated\"")))
                .containsExactly("policy/v1beta1 PodSecurityPolicy is deprecated");
    }

    @Test
    void parsesSeveralPerHeaderWithEscapesAndDates() {
        String value = "299 - \"unknown field \\\"spec.foo\\\"\", 299 kube-apiserver \"second\" "
                + "\"Sat, 21 Nov 2026 10:00:00 GMT\", 299 - \"third\"";
        assertThat(WarningHeaders.parse(List.of(value)))
                .containsExactly("unknown field \"spec.foo\"", "second", "third");
    }

    @Test
    void onlyCode299IsReportedButMalformedValuesAreKept() {
        assertThat(WarningHeaders.parse(List.of("199 - \"misc\"", "not a warning", "299 - \"unterminated")))
                .containsExactly("not a warning", "299 - \"unterminated");
    }

    @Test
    void severalHeaders() {
        assertThat(WarningHeaders.parse(List.of("299 - \"a\"", "299 - \"b\""))).containsExactly("a", "b");
        assertThat(WarningHeaders.parse(List.of())).isEmpty();
    }
}
