package io.kube4j.api.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.api.meta.v1.Status;
import io.kube4j.api.meta.v1.codec.StatusCodec;
import io.kube4j.client.Json;
import io.kube4j.client.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gives a CodecException whose message starts with the JSON path, never a partial object. */
class CodecErrorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"code\":\"abc\"}                                    | $.code: expected an integer but found STRING \"abc\"",
        "{\"code\":3000000000}                                 | $.code: expected a 32-bit integer but found NUMBER 3000000000",
        "{\"code\":1.5}                                        | $.code: expected an integer but found NUMBER 1.5",
        "{\"status\":true}                                     | $.status: expected a string but found BOOLEAN true",
        "{\"details\":{\"causes\":[{\"field\":\"a\"},{\"field\":5}]}} | $.details.causes[1].field: expected a string but found NUMBER 5",
        "{\"details\":[]}                                      | $.details: expected an object but found ARRAY",
        "{\"details\":{\"causes\":{}}}                         | $.details.causes: expected an array but found OBJECT",
        "[1,2]                                                 | $: expected an object but found ARRAY",
        "\"text\"                                              | $: expected an object but found STRING \"text\"",
        "not json                                              | $: malformed JSON",
        "{\"code\":1,}                                         | $.code: malformed JSON",
        "{\"details\":{\"causes\":[{\"field\":\"a\"            | $.details.causes[0].field: malformed JSON",
        "{\"details\":{\"name\":                               | $.details.name: malformed JSON",
        "{\"code\":1} trailing                                 | $: malformed JSON",
    })
    void statusErrorsNameThePath(String json, String expected) {
        assertThatThrownBy(() -> Json.read(json, Status.class))
                .isInstanceOf(SerializationException.class)
                .hasCauseInstanceOf(CodecException.class)
                .hasMessageContaining(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"labels\":{\"a\":1}}                            | $.labels.a: expected a string but found NUMBER 1",
        "{\"labels\":{\"app.kubernetes.io/name\":[]}}      | $.labels['app.kubernetes.io/name']: expected a string but found ARRAY",
        "{\"finalizers\":\"x\"}                            | $.finalizers: expected an array but found STRING \"x\"",
        "{\"creationTimestamp\":\"yesterday\"}             | $.creationTimestamp: expected an RFC 3339 timestamp but found \"yesterday\"",
        "{\"creationTimestamp\":12}                        | $.creationTimestamp: expected an RFC 3339 timestamp string but found NUMBER 12",
        "{\"generation\":\"1\"}                            | $.generation: expected an integer but found STRING \"1\"",
        "{\"generation\":99999999999999999999}             | $.generation: expected a 64-bit integer",
        "{\"managedFields\":[{\"fieldsV1\":{\"f:a\":}}]}   | $.managedFields[0].fieldsV1['f:a']: malformed JSON",
        "{\"ownerReferences\":[{},{\"controller\":\"yes\"}]} | $.ownerReferences[1].controller: expected a boolean but found STRING \"yes\"",
    })
    void objectMetaErrorsNameThePath(String json, String expected) {
        assertThatThrownBy(() -> Json.read(json, ObjectMeta.class))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void longValuesAreQuotedOnlyAsAShortSnippet() {
        String longValue = "x".repeat(5000);
        assertThatThrownBy(() -> Json.read("{\"code\":\"" + longValue + "\"}", Status.class))
                .hasMessageContaining("\"" + "x".repeat(40) + "...\"")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }

    @Test
    void emptyInputIsAnErrorNotNull() {
        assertThatThrownBy(() -> Json.read("", Status.class)).isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> Json.read(new byte[0], Status.class)).isInstanceOf(SerializationException.class);
    }

    @Test
    void yamlErrorsNameThePathToo() {
        assertThatThrownBy(() -> Json.readYaml("code: 1\ndetails:\n  causes:\n  - field: [1]\n", Status.class))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("$.details.causes[0].field: expected a string but found ARRAY");
    }

    @Test
    void decodeWrapsParserErrorsForDirectCodecUsers() throws Exception {
        try (JsonParser p = new JsonFactory().createParser("{\"code\":1,\"details\":{\"name\":tru}}")) {
            assertThatThrownBy(() -> StatusCodec.INSTANCE.decode(p))
                    .isInstanceOf(CodecException.class)
                    .hasMessageStartingWith("$.details.name: malformed JSON")
                    .satisfies(e -> assertThat(((CodecException) e).path()).isEqualTo("$.details.name"));
        }
        try (JsonParser p = new JsonFactory().createParser("")) {
            assertThatThrownBy(() -> StatusCodec.INSTANCE.decode(p))
                    .isInstanceOf(CodecException.class).hasMessageContaining("expected a JSON value");
        }
    }
}
