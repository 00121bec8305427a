package io.kube4j.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTextTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
        "{}", "[]", "null", "true", "-0.5e-3", "\"s\"",
        "{\"f:metadata\":{\"f:labels\":{\".\":{},\"f:app\":{}}},\"k:{\\\"uid\\\":\\\"x\\\"}\":{}}",
        "{\"a\":[1,-2,3.25,9223372036854775807,123456789012345678901234567890,true,false,null,\"\"]}",
        "{\"esc\":\"q\\\" bs\\\\ nl\\n tab\\t cr\\r bell\\u0007 slash/ é ✓ \\ud83d\\ude00\"}",
    })
    void writesWhatJacksonWritesForTheSameValue(String json) throws Exception {
        Object value = JsonText.parse(json);
        String ours = JsonText.write(value);
        assertThat(ours).isEqualTo(JACKSON.writeValueAsString(JACKSON.readValue(json, Object.class)));
        JsonText.validate(ours);
        assertThat(JsonText.parse(ours)).isEqualTo(value);
    }

    @Test
    void parsesToFrozenValuesWithExactNumbers() {
        Object v = JsonText.parse(" { \"a\" : [ 1 , 5000000000 , 123456789012345678901234567890 , 0.5 ] } ");
        assertThat(v).isEqualTo(Map.of("a", List.of(1, 5000000000L, new BigInteger("123456789012345678901234567890"),
                0.5)));
        assertThatThrownBy(() -> ((Map<String, Object>) v).put("b", 1))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(JsonText.parse("[null]")).isEqualTo(Arrays.asList((Object) null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "{\"a\"}", "{\"a\":1,}", "[1,]", "[1 2]", "01", "1.", "-", "tru",
        "\"unterminated", "\"bad \\x escape\"", "{} {}", "{a:1}", "\"ctl \u0001\""})
    void rejectsInvalidJsonWithTheOffset(String json) {
        assertThatThrownBy(() -> JsonText.validate(json))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid JSON at offset");
        assertThatThrownBy(() -> JsonText.parse(json)).isInstanceOf(IllegalArgumentException.class);
    }
}
