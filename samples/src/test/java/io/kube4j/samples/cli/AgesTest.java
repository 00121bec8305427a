package io.kube4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** kubectl's (apimachinery's HumanDuration) steps. */
class AgesTest {
    @ParameterizedTest
    @CsvSource({
        "-5,        <invalid>",
        "-1,        0s",
        "0,         0s",
        "119,       119s",
        "120,       2m",
        "150,       2m30s",
        "599,       9m59s",
        "600,       10m",
        "10799,     179m",
        "10800,     3h",
        "11700,     3h15m",
        "28800,     8h",
        "172799,    47h",
        "172800,    2d",
        "183600,    2d3h",
        "691200,    8d",
        "63072000,  2y",
        "63158400,  2y1d",
        "252460800, 8y",
    })
    void humanDurations(long seconds, String expected) {
        assertThat(Ages.human(Duration.ofSeconds(seconds))).isEqualTo(expected);
    }

    @Test
    void unknownCreationTime() {
        assertThat(Ages.since(null, Instant.now())).isEqualTo("<unknown>");
    }
}
