package io.kube4j.api.intstr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntOrStringTest {
    private final ObjectMapper mapper = new ObjectMapper();

    record Holder(IntOrString v) {
    }

    @Test
    void holdsAnIntOrAString() {
        IntOrString port = IntOrString.of(8080);
        assertThat(port.isInt()).isTrue();
        assertThat(port.isString()).isFalse();
        assertThat(port.intValue()).isEqualTo(8080);
        assertThat(port.value()).isEqualTo(8080);
        assertThat(port).hasToString("8080");
        assertThatThrownBy(port::strValue).isInstanceOf(IllegalStateException.class).hasMessageContaining("8080");

        IntOrString named = IntOrString.of("http");
        assertThat(named.isInt()).isFalse();
        assertThat(named.strValue()).isEqualTo("http");
        assertThat(named.value()).isEqualTo("http");
        assertThat(named).hasToString("http");
        assertThatThrownBy(named::intValue).isInstanceOf(IllegalStateException.class).hasMessageContaining("http");

        assertThat(IntOrString.of("10").isInt()).isFalse();
        assertThatThrownBy(() -> IntOrString.of((String) null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalityKeepsTheKindApart() {
        assertThat(IntOrString.of(1)).isEqualTo(IntOrString.of(1)).hasSameHashCodeAs(IntOrString.of(1));
        assertThat(IntOrString.of("a")).isEqualTo(IntOrString.of("a"));
        assertThat(IntOrString.of(1)).isNotEqualTo(IntOrString.of("1"));
        assertThat(IntOrString.of(1)).isNotEqualTo(IntOrString.of(2));
    }

    @ParameterizedTest
    @CsvSource({"10, true", "-3, true", "+7, true", "2147483648, false", "http, false", "25%, false", "'', false",
        "1.5, false"})
    void parseLikeGo(String input, boolean isInt) {
        IntOrString v = IntOrString.parse(input);
        assertThat(v.isInt()).isEqualTo(isInt);
        if (!isInt) {
            assertThat(v.strValue()).isEqualTo(input);
        }
    }

    @ParameterizedTest(name = "{0} of {1} (roundUp={2}) = {3}")
    @CsvSource({
        "25%, 10, true, 3", "25%, 10, false, 2", "50%, 10, true, 5", "50%, 10, false, 5", "0%, 10, true, 0",
        "100%, 7, true, 7", "1%, 1, true, 1", "1%, 1, false, 0", "33%, 100, true, 33", "150%, 4, false, 6",
        "+25%, 10, true, 3", "-25%, 10, true, -2", "-25%, 10, false, -3", "25%, 0, true, 0"})
    void scalesPercentages(String percent, int total, boolean roundUp, int expected) {
        assertThat(IntOrString.of(percent).scaledValue(total, roundUp)).isEqualTo(expected);
    }

    @Test
    void integersAreNotScaled() {
        assertThat(IntOrString.of(4).scaledValue(10, true)).isEqualTo(4);
        assertThat(IntOrString.of(40).scaledValue(10, false)).isEqualTo(40);
    }

    @ParameterizedTest
    @ValueSource(strings = {"25", "abc", "%", "a%", "2.5%", "25 %", "25%%", ""})
    void badPercentagesAreRejected(String value) {
        assertThatThrownBy(() -> IntOrString.of(value).scaledValue(10, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid value for IntOrString: \"" + value + "\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"v\":8080}|{\"v\":8080}", "{\"v\":\"http\"}|{\"v\":\"http\"}", "{\"v\":\"25%\"}|{\"v\":\"25%\"}",
        "{\"v\":\"80\"}|{\"v\":\"80\"}", "{\"v\":-1}|{\"v\":-1}", "{\"v\":null}|{\"v\":null}"})
    void jsonRoundTrip(String json, String written) throws Exception {
        Holder h = mapper.readValue(json, Holder.class);
        assertThat(mapper.writeValueAsString(h)).isEqualTo(written);
    }

    @Test
    void jsonKeepsTheKind() throws Exception {
        assertThat(mapper.readValue("{\"v\":\"80\"}", Holder.class).v().isInt()).isFalse();
        assertThat(mapper.readValue("{\"v\":80}", Holder.class).v().isInt()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"v\":2147483648}", "{\"v\":1.5}", "{\"v\":true}", "{\"v\":[1]}", "{\"v\":{}}"})
    void jsonRejectsOtherValues(String json) {
        assertThatThrownBy(() -> mapper.readValue(json, Holder.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("invalid IntOrString");
    }
}
