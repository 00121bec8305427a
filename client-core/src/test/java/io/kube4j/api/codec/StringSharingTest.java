package io.kube4j.api.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.client.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decoded objects share equal strings (short and long) and equal managedFields text, never unequal ones. */
class StringSharingTest {
    private static ObjectMeta meta(String name, String annotation, String fields) {
        String json = "{\"name\":\"" + name + "\",\"annotations\":{\"a\":\"" + annotation + "\"},"
                + "\"managedFields\":[{\"manager\":\"m\",\"fieldsV1\":" + fields + "}]}";
        return Json.read(json.getBytes(StandardCharsets.UTF_8), ObjectMeta.class);
    }

    @Test
    void equalValuesOfTwoObjectsAreOneInstance() {
        String longValue = "x".repeat(900) + "-tail";
        String fields = "{\"f:metadata\":{\"f:labels\":{\".\":{},\"f:app\":{}}}}";
        ObjectMeta a = meta("web-1", longValue, fields);
        ObjectMeta b = meta("web-1", longValue, fields);
        assertThat(b.name()).isSameAs(a.name());
        assertThat(b.annotations().get("a")).isSameAs(a.annotations().get("a")).isEqualTo(longValue);
        assertThat(b.managedFields().get(0).fieldsV1().json()).isSameAs(a.managedFields().get(0).fieldsV1().json());
    }

    @ParameterizedTest
    @ValueSource(ints = {33, 64, 1000, 4096})
    void valuesThatDifferAnywhereStayDifferent(int length) {
        // same length, same sampled characters, different in one unsampled place
        String base = "a".repeat(length);
        for (int at : new int[] {1, length / 2 + 1, length - 9}) {
            String other = base.substring(0, at) + "b" + base.substring(at + 1);
            assertThat(LongStringCache.dedupe(new String(base))).isEqualTo(base);
            assertThat(LongStringCache.dedupe(new String(other))).isEqualTo(other);
            assertThat(LongStringCache.dedupe(new String(base))).isEqualTo(base);
        }
    }

    @Test
    void shortStringsThatCollideStayDistinct() {
        for (int i = 0; i < 20_000; i++) {
            String s = "v" + i;
            char[] chars = s.toCharArray();
            assertThat(StringCache.get(chars, 0, chars.length)).isEqualTo(s);
        }
    }

    @Test
    void overlongStringsAreLeftAlone() {
        String huge = "z".repeat(LongStringCache.MAX_LENGTH + 1);
        String copy = new String(huge);
        LongStringCache.dedupe(huge);
        assertThat(LongStringCache.dedupe(copy)).isSameAs(copy);
    }
}
