package io.kube4j.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrozenCollectionsTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 8, 9, 50, 1000})
    void frozenMapBehavesLikeAnInsertionOrderedMap(int size) {
        LinkedHashMap<String, Object> source = new LinkedHashMap<>();
        for (int i = size - 1; i >= 0; i--) {
            source.put("key-" + i, i % 3 == 0 ? null : "v" + i);
        }
        Map<String, Object> frozen = FrozenMap.copyOf(source);
        assertThat(frozen).isEqualTo(source).hasSameHashCodeAs(source);
        assertThat(new HashMap<>(source)).isEqualTo(frozen);
        assertThat(List.copyOf(frozen.keySet())).containsExactlyElementsOf(source.keySet());
        for (String key : source.keySet()) {
            assertThat(frozen.containsKey(key)).isTrue();
            assertThat(frozen.get(key)).isEqualTo(source.get(key));
        }
        assertThat(frozen.get("absent")).isNull();
        assertThat(frozen.containsKey("absent")).isFalse();
        assertThat(frozen.get(42)).isNull();
        source.put("later", "x");
        assertThat(frozen).doesNotContainKey("later");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 20})
    void repeatedKeysKeepFirstPositionAndLastValue(int distinct) {
        Object[] kv = new Object[(distinct + 1) * 2];
        for (int i = 0; i < distinct; i++) {
            kv[2 * i] = "k" + i;
            kv[2 * i + 1] = "first" + i;
        }
        kv[2 * distinct] = "k0";
        kv[2 * distinct + 1] = "last";
        Map<String, Object> map = FrozenMap.adopt(kv, distinct + 1);
        assertThat(map).hasSize(distinct).containsEntry("k0", "last");
        assertThat(map.keySet().iterator().next()).isEqualTo("k0");
    }

    @Test
    void everyMutatorThrowsEvenWhenNothingWouldChange() {
        Map<String, String> emptyMap = FrozenMap.empty();
        Map<String, String> map = FrozenMap.copyOf(Map.of("a", "b"));
        List<String> emptyList = FrozenList.empty();
        List<String> list = FrozenList.copyOf(List.of("a"));
        List<Runnable> mutations = List.of(
                emptyMap::clear, () -> emptyMap.remove("x"), () -> emptyMap.putAll(Map.of()),
                () -> map.put("a", "c"), () -> map.remove("a"), () -> map.merge("a", "x", (x, y) -> y),
                () -> map.computeIfAbsent("z", k -> "v"), () -> map.replaceAll((k, v) -> v),
                () -> map.entrySet().iterator().next().setValue("x"),
                emptyList::clear, () -> emptyList.addAll(List.of()), () -> emptyList.removeIf(x -> true),
                () -> list.add("b"), () -> list.set(0, "b"), () -> list.remove(0), () -> list.sort(null),
                () -> { var it = list.iterator(); it.next(); it.remove(); }, () -> list.subList(0, 1).clear());
        for (Runnable mutation : mutations) {
            assertThatThrownBy(mutation::run).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void frozenListAcceptsNullsAndEqualsOtherLists() {
        List<Object> source = Arrays.asList("a", null, 3);
        List<Object> frozen = FrozenList.copyOf(source);
        assertThat(frozen).isEqualTo(source).hasSameHashCodeAs(source).containsExactly("a", null, 3);
        assertThat(FrozenList.copyOf(frozen)).isSameAs(frozen);
        assertThat(FrozenList.copyOf(null)).isEmpty();
    }

    @Test
    void bytesMapCopiesArraysInAndOutAndComparesContents() {
        byte[] secret = {1, 2, 3};
        Map<String, byte[]> source = new LinkedHashMap<>();
        source.put("key", secret);
        Map<String, byte[]> frozen = BytesMap.copyOf(source);
        secret[0] = 9;
        assertThat(frozen.get("key")).containsExactly(1, 2, 3);
        frozen.get("key")[1] = 9;
        frozen.values().iterator().next()[2] = 9;
        assertThat(frozen.get("key")).containsExactly(1, 2, 3);
        Map<String, byte[]> same = BytesMap.copyOf(Map.of("key", new byte[] {1, 2, 3}));
        assertThat(frozen).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(frozen).isNotEqualTo(BytesMap.copyOf(Map.of("key", new byte[] {1, 2})));
        assertThat(frozen.toString()).isEqualTo("{1 entries}");
    }

    @Test
    void builderCollectionsAreCopiedOnFirstWrite() {
        List<String> shared = FrozenList.copyOf(List.of("a"));
        List<String> edited = Builders.add(shared, "b");
        assertThat(shared).containsExactly("a");
        assertThat(edited).containsExactly("a", "b").isInstanceOf(ArrayList.class);
        assertThat(Builders.add(edited, "c")).isSameAs(edited);
        assertThatThrownBy(() -> Builders.add(edited, null)).isInstanceOf(NullPointerException.class);

        Map<String, String> frozen = FrozenMap.copyOf(Map.of("x", "1"));
        Map<String, String> put = Builders.put(frozen, "y", null);
        assertThat(frozen).containsOnlyKeys("x");
        assertThat(put).containsEntry("y", null).containsEntry("x", "1");
        assertThat(Builders.remove(frozen, "absent")).isSameAs(frozen);
        assertThat(Builders.remove(put, "x")).containsOnlyKeys("y");
    }

    @Test
    void freezingNormalisesNumbersAndCopiesDeeply() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("long", 5L);
        inner.put("bigLong", Long.MAX_VALUE);
        inner.put("bigInt", BigInteger.valueOf(7));
        inner.put("huge", new BigInteger("123456789012345678901234567890"));
        inner.put("short", (short) 3);
        inner.put("float", 1.5f);
        inner.put("decimal", new BigDecimal("1.10"));
        List<Object> list = new ArrayList<>(List.of(inner, Set.of("only")));
        @SuppressWarnings("unchecked")
        List<Object> frozen = (List<Object>) Frozen.value(list);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) frozen.get(0);
        assertThat(m.get("long")).isEqualTo(5);
        assertThat(m.get("bigLong")).isEqualTo(Long.MAX_VALUE);
        assertThat(m.get("bigInt")).isEqualTo(7);
        assertThat(m.get("huge")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(m.get("short")).isEqualTo(3);
        assertThat(m.get("float")).isEqualTo(1.5);
        assertThat(m.get("decimal")).isEqualTo(new BigDecimal("1.10"));
        assertThat(frozen.get(1)).isEqualTo(List.of("only"));
        inner.put("added", true);
        list.add("added");
        assertThat(frozen).hasSize(2);
        assertThat(m).doesNotContainKey("added");
        assertThat(Frozen.value(frozen)).isSameAs(frozen);
    }

    @Test
    void freezingRejectsWhatIsNotJson() {
        assertThatThrownBy(() -> Frozen.value(new Object()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JSON value");
        assertThatThrownBy(() -> Frozen.value(Map.of(1, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keys must be strings");
    }
}
