package io.kube4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArgsTest {
    private static final List<Flag> FLAGS = List.of(Flag.value("namespace", "n", ""), Flag.value("output", "o", ""),
            Flag.bool("all-namespaces", "A", ""), Flag.value("filename", "f", ""), Flag.bool("v", "v", ""));

    private static Args parse(String line) {
        return Args.parse(line.isEmpty() ? List.of() : Arrays.asList(line.split(" ")), FLAGS);
    }

    @ParameterizedTest
    @CsvSource({
        "get pods -n ns,              ns",
        "get pods --namespace ns,     ns",
        "get pods --namespace=ns,     ns",
        "-n ns get pods,              ns",
        "get -nns pods,               ns",
        "get pods -n a -n b,          b",
    })
    void valueFlagsInEveryForm(String line, String namespace) {
        Args a = parse(line);
        assertThat(a.value("namespace")).hasValue(namespace);
        assertThat(a.positional()).containsExactly("get", "pods");
    }

    @ParameterizedTest
    @CsvSource({
        "-A,                     true",
        "--all-namespaces,       true",
        "--all-namespaces=true,  true",
        "--all-namespaces=false, false",
        "'',                     false",
    })
    void booleanFlags(String line, boolean expected) {
        assertThat(parse(line).flag("all-namespaces")).isEqualTo(expected);
    }

    @Test
    void repeatableValuesAndStdinDash() {
        Args a = parse("apply -f a.yaml -f - -oyaml");
        assertThat(a.values("filename")).containsExactly("a.yaml", "-");
        assertThat(a.value("output")).hasValue("yaml");
    }

    @Test
    void doubleDashEndsFlagsAndVerboseTakesALevel() {
        Args a = parse("-v=6 logs -- -n");
        assertThat(a.flag("v")).isTrue();
        assertThat(a.positional()).containsExactly("logs", "-n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--nope   | unknown flag: --nope",
        "-x       | unknown flag: -x",
        "get -n   | flag needs an argument: -n",
        "-A=maybe | flag -A takes true or false, not \"maybe\"",
    })
    void badFlagsAreUsageErrors(String line, String message) {
        assertThatThrownBy(() -> parse(line)).isInstanceOf(UsageException.class).hasMessage(message);
    }

    @Test
    void numbersAreChecked() {
        Args a = Args.parse(List.of("--replicas=x"), List.of(Flag.value("replicas", null, "")));
        assertThatThrownBy(() -> a.longValue("replicas")).isInstanceOf(UsageException.class)
                .hasMessage("invalid argument \"x\" for --replicas: not a number");
    }
}
