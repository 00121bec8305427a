package io.kube4j.api.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.resource.Quantity;
import org.junit.jupiter.api.Test;

class QuantityCacheTest {
    @Test
    void equalSpellingsShareOneQuantity() {
        Quantity a = QuantityCache.parse(new String("250m".toCharArray()));
        Quantity b = QuantityCache.parse(new String("250m".toCharArray()));
        assertThat(b).isSameAs(a);
        assertThat(b.toString()).isEqualTo("250m");
    }

    @Test
    void equalValuesSpelledDifferentlyAreParsedEachOnTheirOwn() {
        Quantity one = QuantityCache.parse("1");
        Quantity milli = QuantityCache.parse("1000m");
        Quantity gi = QuantityCache.parse("1Gi");
        Quantity bytes = QuantityCache.parse("1073741824");
        assertThat(one).isEqualTo(milli).isNotSameAs(milli);
        assertThat(gi).isEqualTo(bytes).isNotSameAs(bytes);
        assertThat(gi.toString()).isEqualTo("1Gi");
        assertThat(bytes.toString()).isEqualTo(Quantity.parse("1073741824").toString());
    }

    @Test
    void invalidTextIsNotCached() {
        assertThatThrownBy(() -> QuantityCache.parse("12 cows")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuantityCache.parse("12 cows")).isInstanceOf(IllegalArgumentException.class);
    }
}
