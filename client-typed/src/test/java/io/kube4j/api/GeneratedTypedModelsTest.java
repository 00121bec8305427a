package io.kube4j.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ModelContract} for every generated model of every API group. */
class GeneratedTypedModelsTest {
    static List<Arguments> fixtures() {
        return ModelFixtures.load("/io/kube4j/api/generated-fixtures.jsonl");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void roundTripsThroughCodecAndPlainMapper(String name, Class<?> type, JsonNode fixture) throws Exception {
        ModelContract.roundTrips(type, fixture);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void keepsUnknownFieldsWithExactNumbers(String name, Class<?> type, JsonNode fixture) throws Exception {
        ModelContract.keepsUnknownFields(type, fixture);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void isImmutable(String name, Class<?> type, JsonNode fixture) throws Exception {
        ModelContract.isImmutable(type, fixture);
    }
}
