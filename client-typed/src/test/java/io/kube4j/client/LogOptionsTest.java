package io.kube4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LogOptionsTest {
    static Stream<Arguments> options() {
        return Stream.of(
                Arguments.of(LogOptions.DEFAULT, Map.of()),
                Arguments.of(LogOptions.container("web"), Map.of("container", "web")),
                Arguments.of(LogOptions.builder().container("").build(), Map.of()),
                Arguments.of(LogOptions.builder().follow(true).previous(true).timestamps(true).build(),
                        Map.of("follow", "true", "previous", "true", "timestamps", "true")),
                Arguments.of(LogOptions.builder().tailLines(0).limitBytes(1024).build(),
                        Map.of("tailLines", "0", "limitBytes", "1024")),
                Arguments.of(LogOptions.builder().sinceTime(Instant.parse("2024-05-06T07:08:09.999Z")).build(),
                        Map.of("sinceTime", "2024-05-06T07:08:09Z")),
                Arguments.of(LogOptions.builder().sinceTime(Instant.EPOCH).sinceSeconds(60).build(),
                        Map.of("sinceSeconds", "60")),
                Arguments.of(LogOptions.builder().sinceSeconds(60).sinceTime(Instant.EPOCH).build(),
                        Map.of("sinceTime", "1970-01-01T00:00:00Z")),
                Arguments.of(LogOptions.builder().stream("Stderr").build(), Map.of("stream", "Stderr")));
    }

    @ParameterizedTest
    @MethodSource("options")
    void queryParameters(LogOptions options, Map<String, String> expected) {
        assertThat(options.toQueryParams()).isEqualTo(expected);
        assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of((Supplier<?>) () -> LogOptions.builder().tailLines(-1), "tailLines must be at least 0"),
                Arguments.of((Supplier<?>) () -> LogOptions.builder().sinceSeconds(0), "sinceSeconds must be at least 1"),
                Arguments.of((Supplier<?>) () -> LogOptions.builder().limitBytes(0), "limitBytes must be at least 1"),
                Arguments.of((Supplier<?>) () -> LogOptions.builder().stream("stdout"), "stream must be Stdout"),
                Arguments.of((Supplier<?>) () -> LogOptions.builder().sinceTime(null), "sinceTime"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void badValuesAreRejected(Supplier<?> build, String message) {
        assertThatThrownBy(build::get).hasMessageContaining(message);
    }

    @Test
    void toStringShowsTheParameters() {
        assertThat(LogOptions.builder().follow(true).build().toString()).isEqualTo("LogOptions{follow=true}");
    }
}
