package io.kube4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** ExecOptions → query parameters, defaults, validation. */
class ExecOptionsTest {

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of(ExecOptions.DEFAULT, "stdin=false&stdout=true&stderr=true&tty=false"),
                Arguments.of(ExecOptions.command("ls", "-l", "/tmp dir"),
                        "command=ls&command=-l&command=/tmp dir&stdin=false&stdout=true&stderr=true&tty=false"),
                Arguments.of(ExecOptions.builder().command("sh").container("app").stdin(true).tty(true).stderr(false)
                        .build(), "command=sh&container=app&stdin=true&stdout=true&stderr=false&tty=true"),
                Arguments.of(ExecOptions.builder().stdout(false).stderr(false).stdin(true).build(),
                        "stdin=true&stdout=false&stderr=false&tty=false"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("queries")
    void queryParametersInOrder(ExecOptions options, String expected) {
        String actual = options.toQueryParams().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void defaultsAndCopies() {
        ExecOptions o = ExecOptions.command("ls");
        assertThat(o.stdout()).isTrue();
        assertThat(o.stderr()).isTrue();
        assertThat(o.stdin()).isFalse();
        assertThat(o.tty()).isFalse();
        assertThat(o.container()).isNull();
        assertThat(o.bufferSize()).isEqualTo(ExecOptions.DEFAULT_BUFFER_SIZE);
        assertThat(o.maxOutputBytes()).isEqualTo(ExecOptions.DEFAULT_MAX_OUTPUT_BYTES);
        assertThat(o.timeout()).isNull();
        ExecOptions changed = o.toBuilder().timeout(Duration.ofSeconds(5)).build();
        assertThat(changed.toBuilder().build()).isEqualTo(changed).hasSameHashCodeAs(changed).isNotEqualTo(o);
        assertThat(changed.command()).isEqualTo(List.of("ls"));
        assertThat(changed).hasToString("ExecOptions{command=[ls], stdin=false, stdout=true, stderr=true, tty=false}");
        assertThat(o.toQueryParams()).contains(Map.entry("command", "ls"));
    }

    @Test
    void invalidOptionsAreRejected() {
        assertThatThrownBy(() -> ExecOptions.builder().stdout(false).stderr(false).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one of stdin, stdout");
        assertThatThrownBy(() -> ExecOptions.command("ls", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ExecOptions.builder().container("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExecOptions.builder().bufferSize(100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExecOptions.builder().maxOutputBytes(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExecOptions.builder().timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
