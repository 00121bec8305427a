package io.kube4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {
    @ParameterizedTest
    @CsvSource({"30, 30", "30s, 30", "5m, 300", "2h, 7200"})
    void seconds(String text, long seconds) {
        assertThat(Durations.seconds(text)).isEqualTo(seconds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "s", "0", "-5s", "1d", "five"})
    void rejects(String text) {
        assertThatThrownBy(() -> Durations.seconds(text)).isInstanceOf(UsageException.class)
                .hasMessageContaining("invalid duration");
    }
}
