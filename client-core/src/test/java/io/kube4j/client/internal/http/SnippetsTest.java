package io.kube4j.client.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    @Test
    void redactsCredentialsAndSecretValues() {
        String s = Snippets.sanitize("{\"token\":\"s3cr3t\",\"data\":{\"pw\":\"aGVsbG8=\"},\"name\":\"ok\"}\n"
                + "Authorization: Basic dXNlcjpwYXNz", 500);
        assertThat(s).doesNotContain("s3cr3t").doesNotContain("aGVsbG8=").doesNotContain("dXNlcjpwYXNz")
                .contains("\"name\":\"ok\"").doesNotContain("\n");
    }

    @Test
    void truncates() {
        assertThat(Snippets.sanitize("abcdef", 3)).isEqualTo("abc...");
        assertThat(Snippets.sanitize(null, 3)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "$.data.password, true", "$.stringData, true", "Secret, true", "SecretList, true", "TokenReview, true",
        "$.spec.containers[0].env[1].valueFrom.secretKeyRef, true", "$.metadata.name, false",
        "$.spec.containers[0].image, false", "Pod, false", "'', false",
    })
    void flagsSecretPaths(String path, boolean expected) {
        assertThat(Snippets.mayHoldSecrets(path)).isEqualTo(expected);
    }
}
