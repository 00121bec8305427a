package io.kube4j.api.core.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.api.authentication.v1.TokenRequestStatus;
import io.kube4j.api.authentication.v1.TokenReviewSpec;
import io.kube4j.client.Json;
import io.kube4j.client.SerializationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretModelTest {
    private static final String PASSWORD = "hunter2-very-secret";

    @Test
    void toStringShowsKeysButNeverSecretValues() {
        Secret secret = Secret.builder()
                .metadata(m -> m.name("db"))
                .type("Opaque")
                .putData("password", PASSWORD.getBytes(StandardCharsets.UTF_8))
                .putStringData("token", PASSWORD)
                .build();
        String text = secret.toString();
        assertThat(text).contains("password=***", "token=***", "name=db", "type=Opaque")
                .doesNotContain(PASSWORD)
                .doesNotContain(Base64.getEncoder().encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8)));
        assertThat(TokenReviewSpec.builder().token(PASSWORD).build().toString()).doesNotContain(PASSWORD);
        assertThat(TokenRequestStatus.builder().token(PASSWORD).build().toString()).doesNotContain(PASSWORD);
    }

    @Test
    void dataIsBase64OnTheWireAndBytesInJava() {
        Secret secret = Json.read("{\"data\":{\"password\":\"aHVudGVyMg==\"},\"stringData\":{\"u\":\"admin\"}}",
                Secret.class);
        assertThat(secret.data().get("password")).isEqualTo("hunter2".getBytes(StandardCharsets.UTF_8));
        secret.data().get("password")[0] = 'X';
        assertThat(secret.data().get("password")).isEqualTo("hunter2".getBytes(StandardCharsets.UTF_8));
        assertThat(Json.write(secret)).isEqualTo("{\"apiVersion\":\"v1\",\"kind\":\"Secret\","
                + "\"data\":{\"password\":\"aHVudGVyMg==\"},\"stringData\":{\"u\":\"admin\"}}");
        assertThat(Json.read("{\"data\":{\"password\":\"aHVu\\ndGVyMg==\"}}", Secret.class)).isEqualTo(secret.toBuilder()
                .stringData(null).build());
    }

    @Test
    void invalidBase64IsAnErrorThatDoesNotQuoteTheValue() {
        assertThatThrownBy(() -> Json.read("{\"data\":{\"password\":\"" + PASSWORD + "!\"}}", Secret.class))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("$.data.password: expected base64 data")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD));
        assertThatThrownBy(() -> Json.read("{\"data\":{\"password\":12345}}", Secret.class))
                .hasMessageContaining("$.data.password: expected a base64 string but found VALUE_NUMBER_INT")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("12345"));
    }
}
