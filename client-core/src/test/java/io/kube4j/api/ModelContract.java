package io.kube4j.api;

import static io.kube4j.api.ModelFixtures.PLAIN;
import static io.kube4j.api.ModelFixtures.TREE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kube4j.client.Json;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The checks every generated model must pass, applied to one model class and its fixture. */
public final class ModelContract {
    private ModelContract() {
    }

    /** Codec and plain-annotation decoding agree, and both write the fixture back unchanged. */
    public static void roundTrips(Class<?> type, JsonNode fixture) throws Exception {
        byte[] bytes = TREE.writeValueAsBytes(fixture);
        Object viaCodec = Json.mapper().readValue(bytes, type);
        assertThat(TREE.readTree(Json.writeBytes(viaCodec))).as("codec write").isEqualTo(fixture);

        Object viaPlain = PLAIN.readValue(bytes, type);
        assertThat(viaPlain).as("plain mapper read equals codec read").isEqualTo(viaCodec);
        assertThat(viaPlain.hashCode()).isEqualTo(viaCodec.hashCode());
        assertThat(TREE.readTree(PLAIN.writeValueAsBytes(viaCodec))).as("plain mapper write").isEqualTo(fixture);

        assertThat(TREE.readTree(Json.toYaml(viaCodec).isEmpty() ? "{}" : Json.write(
                Json.readYaml(Json.toYaml(viaCodec), type)))).as("YAML round trip").isEqualTo(fixture);
        if (hasBuilder(type)) {
            assertThat(rebuild(viaCodec)).as("toBuilder().build()").isEqualTo(viaCodec);
        }
    }

    /** Unknown properties (with exact numbers) survive a read-modify-write through both mappers. */
    public static void keepsUnknownFields(Class<?> type, JsonNode fixture) throws Exception {
        if (!fixture.isObject() || !hasBuilder(type)) {
            return; // raw JSON models keep everything anyway
        }
        ObjectNode withExtra = fixture.deepCopy();
        ObjectNode future = withExtra.putObject("zzFutureField");
        future.put("max", Long.MAX_VALUE);
        future.put("big", new BigInteger("123456789012345678901234567890"));
        future.put("small", 7);
        future.putArray("list").add(1).add(2.5).add("s").addNull().add(true);
        byte[] bytes = TREE.writeValueAsBytes(withExtra);

        Object viaCodec = Json.mapper().readValue(bytes, type);
        @SuppressWarnings("unchecked")
        Map<String, Object> extras = (Map<String, Object>) type.getMethod("extras").invoke(viaCodec);
        @SuppressWarnings("unchecked")
        Map<String, Object> kept = (Map<String, Object>) extras.get("zzFutureField");
        assertThat(kept.get("max")).isEqualTo(Long.MAX_VALUE);
        assertThat(kept.get("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(kept.get("small")).isEqualTo(7);
        assertThat(kept.get("list")).isEqualTo(java.util.Arrays.asList(1, 2.5, "s", null, true));
        assertThat(TREE.readTree(Json.writeBytes(viaCodec))).isEqualTo(withExtra);

        Object viaPlain = PLAIN.readValue(bytes, type);
        assertThat(viaPlain).isEqualTo(viaCodec);
        assertThat(TREE.readTree(PLAIN.writeValueAsBytes(viaPlain))).isEqualTo(withExtra);
    }

    /** Every collection a model hands out is unmodifiable, and builders never change built objects. */
    public static void isImmutable(Class<?> type, JsonNode fixture) throws Exception {
        Object model = Json.mapper().readValue(TREE.writeValueAsBytes(fixture), type);
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() != type) {
                continue;
            }
            Object value = m.invoke(model);
            if (value instanceof List) {
                assertThatThrownBy(() -> ((List<Object>) value).add(null)).as(m.getName())
                        .isInstanceOf(UnsupportedOperationException.class);
                if (!((List<?>) value).isEmpty()) {
                    assertThatThrownBy(() -> ((List<Object>) value).set(0, null)).as(m.getName())
                            .isInstanceOf(UnsupportedOperationException.class);
                }
            } else if (value instanceof Map) {
                assertThatThrownBy(() -> ((Map<String, Object>) value).put("x", null)).as(m.getName())
                        .isInstanceOf(UnsupportedOperationException.class);
                assertThatThrownBy(() -> ((Map<?, ?>) value).clear()).as(m.getName())
                        .isInstanceOf(UnsupportedOperationException.class);
            } else if (value instanceof byte[] && ((byte[]) value).length > 0) {
                ((byte[]) value)[0] ^= 1;
                assertThat(((byte[]) m.invoke(model))[0]).as(m.getName() + " returns a copy")
                        .isNotEqualTo(((byte[]) value)[0]);
            } else if (value instanceof Collection) {
                throw new AssertionError(m.getName() + " returns a non-list collection");
            }
        }
        if (hasBuilder(type)) {
            Object builder = type.getMethod("toBuilder").invoke(model);
            Object before = builder.getClass().getMethod("build").invoke(builder);
            builder.getClass().getMethod("putExtra", String.class, Object.class).invoke(builder, "added", "x");
            assertThat(before).isEqualTo(model);
            Object after = builder.getClass().getMethod("build").invoke(builder);
            assertThat(after).isNotEqualTo(model);
            assertThat(TREE.readTree(Json.writeBytes(model))).isEqualTo(fixture);
        }
    }

    static boolean hasBuilder(Class<?> type) {
        try {
            type.getMethod("toBuilder");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Object rebuild(Object model) throws Exception {
        Object builder = model.getClass().getMethod("toBuilder").invoke(model);
        return builder.getClass().getMethod("build").invoke(builder);
    }
}
