package io.kube4j.api.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kube4j.api.resource.Quantity.Format;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected forms come from apimachinery's quantity.go and quantity_test.go. */
class QuantityTest {

    static Stream<Arguments> canonicalForms() {
        return Stream.of(
                // input, toString() (what Go and the API server print), toCanonicalString(), format
                Arguments.of("0", "0", "0", Format.DECIMAL_SI),
                Arguments.of("00", "0", "0", Format.DECIMAL_SI),
                Arguments.of("-0", "0", "0", Format.DECIMAL_SI),
                Arguments.of("0Ki", "0", "0", Format.BINARY_SI),
                Arguments.of("0m", "0", "0", Format.DECIMAL_SI),
                Arguments.of("1", "1", "1", Format.DECIMAL_SI),
                Arguments.of("100m", "100m", "100m", Format.DECIMAL_SI),
                Arguments.of("1000m", "1", "1", Format.DECIMAL_SI),
                Arguments.of("5000m", "5", "5", Format.DECIMAL_SI),
                Arguments.of("0.5", "500m", "500m", Format.DECIMAL_SI),
                Arguments.of("1.5", "1500m", "1500m", Format.DECIMAL_SI),
                Arguments.of("1.08", "1080m", "1080m", Format.DECIMAL_SI),
                Arguments.of("1.0", "1", "1", Format.DECIMAL_SI),
                Arguments.of("1.", "1.", "1", Format.DECIMAL_SI),
                Arguments.of(".001", "1m", "1m", Format.DECIMAL_SI),
                Arguments.of("1000u", "1m", "1m", Format.DECIMAL_SI),
                Arguments.of("1080000000n", "1080m", "1080m", Format.DECIMAL_SI),
                Arguments.of("0.1m", "100u", "100u", Format.DECIMAL_SI),
                Arguments.of("1000M", "1G", "1G", Format.DECIMAL_SI),
                Arguments.of("0.001T", "1G", "1G", Format.DECIMAL_SI),
                Arguments.of("1.G", "1.G", "1G", Format.DECIMAL_SI),
                Arguments.of("1.5k", "1500", "1500", Format.DECIMAL_SI),
                Arguments.of("50k", "50k", "50k", Format.DECIMAL_SI),
                Arguments.of("1000000", "1M", "1M", Format.DECIMAL_SI),
                Arguments.of("12E", "12E", "12E", Format.DECIMAL_SI),
                Arguments.of("1000000000000000000", "1E", "1E", Format.DECIMAL_SI),
                Arguments.of("10000000000000000000", "10E", "10E", Format.DECIMAL_SI),
                Arguments.of("9999999999999999999", "9999999999999999999", "9999999999999999999", Format.DECIMAL_SI),
                Arguments.of("9223372036854775808.1", "9223372036854775808100m", "9223372036854775808100m",
                        Format.DECIMAL_SI),
                Arguments.of("-1.0000000000000000001E", "-1000000000000000000100m", "-1000000000000000000100m",
                        Format.DECIMAL_SI),
                // Go prints the mantissa without a suffix beyond E (changing the value); we keep the value.
                Arguments.of("1000E", "1000E", "1000E", Format.DECIMAL_SI),
                // rounding up to 1n, away from zero
                Arguments.of("0.0000000001", "1n", "1n", Format.DECIMAL_SI),
                Arguments.of("0.0000000005", "1n", "1n", Format.DECIMAL_SI),
                Arguments.of("0.9n", "1n", "1n", Format.DECIMAL_SI),
                Arguments.of("3.001n", "4n", "4n", Format.DECIMAL_SI),
                Arguments.of("0.00000012345", "124n", "124n", Format.DECIMAL_SI),
                Arguments.of("-0.0000000001", "-1n", "-1n", Format.DECIMAL_SI),
                // binary SI
                Arguments.of("1Ki", "1Ki", "1Ki", Format.BINARY_SI),
                Arguments.of("12Mi", "12Mi", "12Mi", Format.BINARY_SI),
                Arguments.of("1024Ki", "1Mi", "1Mi", Format.BINARY_SI),
                Arguments.of("1024Mi", "1Gi", "1Gi", Format.BINARY_SI),
                Arguments.of("307200Ki", "300Mi", "300Mi", Format.BINARY_SI),
                Arguments.of("1025024Mi", "1001Gi", "1001Gi", Format.BINARY_SI),
                Arguments.of("1.5Gi", "1536Mi", "1536Mi", Format.BINARY_SI),
                Arguments.of("-1.5Gi", "-1536Mi", "-1536Mi", Format.BINARY_SI),
                Arguments.of("0.5Mi", "512Ki", "512Ki", Format.BINARY_SI),
                Arguments.of("1Ei", "1Ei", "1Ei", Format.BINARY_SI),
                Arguments.of("1Pi", "1Pi", "1Pi", Format.BINARY_SI),
                // binary values below 1024 or with fractions print as DecimalSI
                Arguments.of(".001Ki", "1024m", "1024m", Format.BINARY_SI),
                Arguments.of(".000001Ki", "1024u", "1024u", Format.DECIMAL_SI),
                Arguments.of("1.1Ki", "1126400m", "1126400m", Format.BINARY_SI),
                Arguments.of("100.035Ki", "102435840m", "102435840m", Format.BINARY_SI),
                Arguments.of("0.5Ki", "512", "512", Format.BINARY_SI),
                // binary values below 1 (but not zero) become DecimalSI at parse time
                Arguments.of(".000000000001Ki", "2n", "2n", Format.DECIMAL_SI),
                // binary values are capped at 2^63-1
                Arguments.of("9Ei", "9223372036854775807", "9223372036854775807", Format.BINARY_SI),
                Arguments.of("8Ei", "9223372036854775807", "9223372036854775807", Format.BINARY_SI),
                Arguments.of("-9Ei", "-9223372036854775807", "-9223372036854775807", Format.BINARY_SI),
                // decimal exponent
                Arguments.of("1e3", "1e3", "1e3", Format.DECIMAL_EXPONENT),
                Arguments.of("1e4", "10e3", "10e3", Format.DECIMAL_EXPONENT),
                Arguments.of("1e9", "1e9", "1e9", Format.DECIMAL_EXPONENT),
                Arguments.of(".001e12", "1e9", "1e9", Format.DECIMAL_EXPONENT),
                Arguments.of("0.001e0", "1e-3", "1e-3", Format.DECIMAL_EXPONENT),
                Arguments.of("1000e-12", "1e-9", "1e-9", Format.DECIMAL_EXPONENT),
                Arguments.of("1.1e-3", "1100e-6", "1100e-6", Format.DECIMAL_EXPONENT),
                Arguments.of("1.2e3", "1200", "1200", Format.DECIMAL_EXPONENT),
                Arguments.of("1.3E+6", "1300e3", "1300e3", Format.DECIMAL_EXPONENT),
                Arguments.of("1.1E-9", "2e-9", "2e-9", Format.DECIMAL_EXPONENT),
                Arguments.of("1e-12", "1e-9", "1e-9", Format.DECIMAL_EXPONENT),
                Arguments.of("0.5e-9", "1e-9", "1e-9", Format.DECIMAL_EXPONENT),
                // Go's fast path keeps the input text when it already looks canonical, and so does the API server
                Arguments.of("+5", "+5", "5", Format.DECIMAL_SI),
                Arguments.of("-5", "-5", "-5", Format.DECIMAL_SI),
                Arguments.of("05", "05", "5", Format.DECIMAL_SI),
                Arguments.of("1E3", "1E3", "1e3", Format.DECIMAL_EXPONENT),
                Arguments.of("1e+3", "1e+3", "1e3", Format.DECIMAL_EXPONENT),
                Arguments.of("1.500k", "1.500k", "1500", Format.DECIMAL_SI),
                Arguments.of("7.123456M", "7.123456M", "7123456", Format.DECIMAL_SI),
                Arguments.of("+1Ti", "+1Ti", "1Ti", Format.BINARY_SI),
                // ... but not when Go takes its slow path (Pi and Ei always do)
                Arguments.of("+1Pi", "1Pi", "1Pi", Format.BINARY_SI),
                Arguments.of("+1.5", "1500m", "1500m", Format.DECIMAL_SI));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("canonicalForms")
    void parsesAndPrintsLikeGo(String input, String printed, String canonical, Format format) {
        Quantity q = Quantity.parse(input);
        assertThat(q.toString()).isEqualTo(printed);
        assertThat(q.toCanonicalString()).isEqualTo(canonical);
        assertThat(q.format()).isEqualTo(format);
        // the printed form parses back to the same value
        assertThat(Quantity.parse(printed)).isEqualTo(q);
    }

    @ParameterizedTest(name = "{0} is rejected")
    @ValueSource(strings = {"", "1.1.1", "Gi", "1 Gi", "1iB", "--1", "1e", "0x10", "1Kb", "1K", " 1", "1 ",
        "1.1.M", "1+1.0M", "0.1mi", "0.1am", "aoeu", ".5i", "1i", "-3.01i", "-3.01e-", "1e1.5", "1MiB", "+", ".",
        "-", "e3", "1e99999999999", "1,5", "١"})
    void rejectsInvalidInput(String input) {
        assertThatThrownBy(() -> Quantity.parse(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid quantity \"" + input + "\": ");
    }

    @Test
    void errorMessagesSayWhatIsWrong() {
        assertThatThrownBy(() -> Quantity.parse("1Kb")).hasMessageContaining("unexpected character 'b' at position 2");
        assertThatThrownBy(() -> Quantity.parse("1K")).hasMessageContaining("unknown suffix 'K'");
        assertThatThrownBy(() -> Quantity.parse("Gi")).hasMessageContaining("expected a number");
        assertThatThrownBy(() -> Quantity.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Quantity.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} vs {1} = {2}")
    @CsvSource({
        "0, 0, 0", "100m, 50m, 1", "50m, 100m, -1", "10000T, 100Gi, 1", "1Gi, 1073741824, 0", "1e3, 1k, 0",
        "1Ki, 1k, 1", "-1, 0, -1", "1n, 0, 1", "999m, 1, -1", "1E, 1000P, 0", "12E, 9Ei, 1", "1.5Gi, 1536Mi, 0"})
    void comparesNumerically(String a, String b, int expected) {
        Quantity x = Quantity.parse(a);
        Quantity y = Quantity.parse(b);
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(expected);
        assertThat(Integer.signum(y.compareTo(x))).isEqualTo(-expected);
        assertThat(x.equals(y)).isEqualTo(expected == 0);
        if (expected == 0) {
            assertThat(x.hashCode()).isEqualTo(y.hashCode());
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @CsvSource({
        "1Gi, +, 512Mi, 1536Mi",
        "0, +, 1Ki, 1Ki",          // adding to zero takes the other format
        "1, -, 1500m, -500m",
        "0, -, 50, -50",
        "10, -, 1Ki, -1014",       // the left format wins when non-zero
        "1.5, +, 0.5, 2",
        "100m, +, 100m, 200m",
        "1e3, +, 1, 1001",
        "5Gi, -, 5Gi, 0",
        "9Ei, +, 9Ei, 18446744073709551614",
        "12E, +, 1, 12000000000000000001"})
    void addsAndSubtracts(String a, String op, String b, String expected) {
        Quantity x = Quantity.parse(a);
        Quantity y = Quantity.parse(b);
        Quantity result = op.equals("+") ? x.add(y) : x.sub(y);
        assertThat(result.toString()).isEqualTo(expected);
    }

    @Test
    void arithmeticKeepsOperandsUnchanged() {
        Quantity a = Quantity.parse("1Gi");
        Quantity b = a.add(Quantity.parse("1Gi")).neg();
        assertThat(a.toString()).isEqualTo("1Gi");
        assertThat(b.toString()).isEqualTo("-2Gi");
        assertThat(b.neg().neg()).isEqualTo(b);
        assertThat(Quantity.parse("+5").neg().toString()).isEqualTo("-5");
        assertThat(Quantity.parse("100m").mul(30).toString()).isEqualTo("3");
        assertThat(Quantity.parse("-9.01").neg().toString()).isEqualTo("9010m");
        assertThat(Quantity.ZERO.add(Quantity.ZERO).toString()).isEqualTo("0");
    }

    @ParameterizedTest(name = "{0}: value={1} milli={2}")
    @CsvSource({
        "0, 0, 0", "1, 1, 1000", "100m, 1, 100", "1.5, 2, 1500", "-100m, -1, -100", "-1.5, -2, -1500",
        "1n, 1, 1", "1Ki, 1024, 1024000", "9223372036854775807, 9223372036854775807, ", "12345678n, 1, 13"})
    void roundsUpAwayFromZero(String input, long value, Long milli) {
        Quantity q = Quantity.parse(input);
        assertThat(q.value()).isEqualTo(value);
        if (milli == null) {
            assertThatThrownBy(q::milliValue).isInstanceOf(ArithmeticException.class).hasMessageContaining(input);
        } else {
            assertThat(q.milliValue()).isEqualTo(milli);
        }
    }

    @Test
    void conversions() {
        assertThat(Quantity.parse("1k").asLong()).hasValue(1000);
        assertThat(Quantity.parse("-1Ki").asLong()).hasValue(-1024);
        assertThat(Quantity.parse("1.5").asLong()).isEmpty();
        assertThat(Quantity.parse("10E").asLong()).isEmpty();
        assertThat(Quantity.parse("1e999999999").asLong()).isEmpty();
        assertThatThrownBy(() -> Quantity.parse("10E").value()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Quantity.parse("1e999999999").value()).isInstanceOf(ArithmeticException.class);
        assertThat(Quantity.parse("1.1Ki").asApproximateDouble()).isEqualTo(1126.4);
        assertThat(Quantity.parse("2Gi").asApproximateDouble()).isEqualTo(2.147483648e9);
        assertThat(Quantity.parse("1.5Gi").asBigDecimal()).isEqualByComparingTo(new BigDecimal("1610612736"));
        assertThat(Quantity.parse("-3m").signum()).isEqualTo(-1);
        assertThat(Quantity.parse("0Gi").isZero()).isTrue();
    }

    @ParameterizedTest(name = "of({0}, {1}) = {2}")
    @CsvSource({
        "1, DECIMAL_SI, 1", "1000, DECIMAL_SI, 1k", "1234000, DECIMAL_SI, 1234k", "1024, BINARY_SI, 1Ki",
        "1048576, BINARY_SI, 1Mi", "1000000, DECIMAL_EXPONENT, 1e6", "0, BINARY_SI, 0", "-2048, BINARY_SI, -2Ki"})
    void ofValue(long value, Format format, String expected) {
        assertThat(Quantity.of(value, format).toString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ofMilli({0}, {1}) = {2}")
    @CsvSource({
        "1, DECIMAL_SI, 1m", "1000, DECIMAL_SI, 1", "1234000, DECIMAL_SI, 1234", "1024, BINARY_SI, 1024m",
        "1048576, BINARY_SI, 1048576m", "1000000, DECIMAL_EXPONENT, 1e3", "1500, DECIMAL_SI, 1500m"})
    void ofMilliValue(long value, Format format, String expected) {
        Quantity q = Quantity.ofMilli(value, format);
        assertThat(q.toString()).isEqualTo(expected);
        assertThat(q.milliValue()).isEqualTo(value);
    }

    @Test
    void ofBigDecimalRoundsToNano() {
        assertThat(Quantity.of(new BigDecimal("0.0000000001"), Format.DECIMAL_SI).toString()).isEqualTo("1n");
        assertThat(Quantity.of(new BigDecimal("1.5"), Format.BINARY_SI).toString()).isEqualTo("1500m");
        assertThatThrownBy(() -> Quantity.of(1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    record Holder(Quantity q) {
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"q\":\"1.5Gi\"}|{\"q\":\"1536Mi\"}",
        "{\"q\":\"+5\"}|{\"q\":\"+5\"}",
        "{\"q\":\" 1\"}|{\"q\":\"1\"}",
        "{\"q\":\"1 \"}|{\"q\":\"1\"}",
        "{\"q\":1}|{\"q\":\"1\"}",
        "{\"q\":-1}|{\"q\":\"-1\"}",
        "{\"q\":1.5}|{\"q\":\"1500m\"}",
        "{\"q\":12345678901234567890}|{\"q\":\"12345678901234567890\"}",
        "{\"q\":null}|{\"q\":null}"})
    void jsonRoundTrip(String json, String written) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Holder h = mapper.readValue(json, Holder.class);
        assertThat(mapper.writeValueAsString(h)).isEqualTo(written);
    }

    @Test
    void jsonRejectsOtherTypes() {
        ObjectMapper mapper = new ObjectMapper();
        assertThatThrownBy(() -> mapper.readValue("{\"q\":true}", Holder.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("expected a JSON string or number");
        assertThatThrownBy(() -> mapper.readValue("{\"q\":\"1Kb\"}", Holder.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("invalid quantity \"1Kb\"");
    }
}
