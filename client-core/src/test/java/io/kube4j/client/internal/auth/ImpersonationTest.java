package io.kube4j.client.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImpersonationTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "scopes, scopes",
        "example.com/Key_1, example.com%2FKey_1",
        "with space, with%20space",
        "100%, 100%25",
        "caf\u00e9, caf%C3%A9",
        "a:b, a%3Ab",
    })
    void extraKeysAreEscapedLikeClientGo(String key, String expected) {
        assertThat(Impersonation.escapeKey(key)).isEqualTo(expected);
    }
}
