package io.kube4j.informers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.core.v1.ConfigMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectKeyTest {
    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "ns/name, ns,   name",
        "name,    null, name",
        "a/b-c.d, a,    b-c.d",
    })
    void parsesAndPrints(String key, String ns, String name) {
        ObjectKey k = ObjectKey.parse(key);
        assertThat(k.namespace()).isEqualTo(ns);
        assertThat(k.name()).isEqualTo(name);
        assertThat(k.toString()).isEqualTo(key);
        assertThat(ObjectKey.of(ns, name)).isEqualTo(k);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/name", "ns/", "a/b/c"})
    void rejectsMalformedKeys(String key) {
        assertThatThrownBy(() -> ObjectKey.parse(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysOfObjects() {
        assertThat(ObjectKey.keyOf(Fixtures.cm("ns", "a", "1"))).isEqualTo("ns/a");
        assertThat(ObjectKey.keyOf(ConfigMap.builder().metadata(m -> m.name("cluster")).build())).isEqualTo("cluster");
        assertThat(ObjectKey.of("", "x").namespace()).isNull();
        assertThatThrownBy(() -> ObjectKey.keyOf(ConfigMap.builder().build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no metadata.name");
    }
}
