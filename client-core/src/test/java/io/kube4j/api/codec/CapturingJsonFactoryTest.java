package io.kube4j.api.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kube4j.api.meta.v1.ObjectMeta;
import io.kube4j.client.Json;
import io.kube4j.client.SerializationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Raw capture of objects and arrays (FieldsV1) must give exactly the token-by-token result, over bytes and
 * over streams cut at every byte, leave the parser where {@code skipChildren()} would, and reject bad JSON.
 */
class CapturingJsonFactoryTest {
    private static final JsonFactory CAPTURING = new CapturingJsonFactory();
    private static final JsonFactory PLAIN = new JsonFactory();

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "[]",
        "{\"f:metadata\":{\"f:labels\":{\".\":{},\"f:app\":{}}},\"f:spec\":{}}",
        "{\"k:{\\\"ip\\\":\\\"10.0.0.1\\\"}\":{\".\":{},\"f:ip\":{}}}",
        "{\"back\\\\slash\":[1,-2,3.5,-0.25e-3,6E+7,0,true,false,null,\"s\"]}",
        "[[[]],[{}],{\"a\":[{\"b\":[]}]}]",
        "{ \"a\" : [ 1 ,\n 2 ] ,\r\n\t\"b\" : { } }",
        "{\"esc\":\"\\u0041\\n\\t\\/\\b\\f\\r\",\"\\u00e9t\\u00e9\":1}",
        "{\"utf8\":\"h\u00e9llo w\u00f6rld \u2603 \ud83d\ude00\"}",
        "{\"lt\":\"\\u003cb\\u003e \\u0026 \\u2028\"}",
    })
    void rawCaptureEqualsTheTokenPath(String value) throws IOException {
        String doc = "{\"before\":\"x\",\"v\":" + value + ",\"after\":[1,{\"z\":2}]}";
        String expected = tokenPath(doc);
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        assertThat(capture(CAPTURING.createParser(bytes))).isEqualTo(expected);
        assertThat(capture(CAPTURING.createParser(new OneByteAtATime(bytes)))).isEqualTo(expected);
        assertThat(capture(CAPTURING.createParser(new ByteArrayInputStream(bytes)))).isEqualTo(expected);
    }

    @Test
    void capturedTextIsMarkedAsValidatedCompactJson() throws IOException {
        try (JsonParser p = CAPTURING.createParser("{\"a\":{\"b\":{}}}".getBytes(StandardCharsets.UTF_8))) {
            assertThat(p).isInstanceOf(RawJsonSource.class);
            p.nextToken();
            p.nextToken();
            p.nextToken();
            assertThat(RawJson.read(p)).isEqualTo("{\"b\":{}}");
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(p.getParsingContext().inObject()).isTrue();
            assertThat(p.getParsingContext().getCurrentName()).isEqualTo("a");
            assertThat(p.nextToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(p.nextToken()).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\":}", "{\"a\" 1}", "{\"a\":1,}", "{,}", "[1,]", "[1 2]", "{\"a\":[}", "{\"a\":tru}", "{\"a\":nul1}",
        "{\"a\":01}", "{\"a\":1.}", "{\"a\":-}", "{\"a\":1e}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12G4\"}",
        "{\"a\":\"tab\there\"}", "{1:2}", "{\"a\":1]", "[1}", "{\"a\":'x'}", "{\"a\":{}",
    })
    void malformedValuesFailWithThePathOfTheValue(String value) {
        byte[] doc = ("{\"managedFields\":[{\"manager\":\"m\",\"fieldsV1\":" + value + "}]}")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Json.read(doc, ObjectMeta.class))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("$.managedFields[0].fieldsV1")
                .hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> Json.read(new OneByteAtATime(doc), ObjectMeta.class))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("$.managedFields[0].fieldsV1");
    }

    @Test
    void invalidUtf8InsideACapturedValueIsRejected() {
        byte[] prefix = "{\"managedFields\":[{\"fieldsV1\":{\"f:".getBytes(StandardCharsets.US_ASCII);
        byte[] suffix = "x\":{}}}]}".getBytes(StandardCharsets.US_ASCII);
        byte[] doc = new byte[prefix.length + 1 + suffix.length];
        System.arraycopy(prefix, 0, doc, 0, prefix.length);
        doc[prefix.length] = (byte) 0xC3; // a lead byte followed by ASCII: not UTF-8
        System.arraycopy(suffix, 0, doc, prefix.length + 1, suffix.length);
        assertThatThrownBy(() -> Json.read(doc, ObjectMeta.class))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("$.managedFields[0].fieldsV1");
    }

    @Test
    void truncatedInputInsideACapturedValueIsReported() {
        byte[] doc = "{\"managedFields\":[{\"fieldsV1\":{\"f:a\":{".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Json.read(new OneByteAtATime(doc), ObjectMeta.class))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("$.managedFields[0].fieldsV1: unexpected end of input");
    }

    @Test
    void nestingLimitOfTheParserHolds() throws IOException {
        JsonFactory shallow = new CapturingJsonFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(5).build());
        byte[] ok = "{\"v\":[[[[]]]]}".getBytes(StandardCharsets.UTF_8);
        try (JsonParser p = shallow.createParser(ok)) {
            p.nextToken();
            p.nextToken();
            p.nextToken();
            assertThat(RawJson.read(p)).isEqualTo("[[[[]]]]");
        }
        byte[] deep = "{\"v\":[[[[[]]]]]}".getBytes(StandardCharsets.UTF_8);
        try (JsonParser p = shallow.createParser(deep)) {
            p.nextToken();
            p.nextToken();
            p.nextToken();
            assertThatThrownBy(() -> RawJson.read(p)).isInstanceOf(CodecException.class)
                    .hasMessageContaining("nesting deeper");
        }
    }

    @Test
    void locationsAfterACapturedValueStayRight() throws IOException {
        byte[] doc = "{\"v\":{\n\"a\":\n{}\n},\n\"w\":  5}".getBytes(StandardCharsets.UTF_8);
        try (JsonParser captured = CAPTURING.createParser(doc); JsonParser plain = PLAIN.createParser(doc)) {
            for (JsonParser p : new JsonParser[] {captured, plain}) {
                p.nextToken();
                p.nextToken();
                p.nextToken();
            }
            RawJson.read(captured);
            plain.skipChildren();
            assertThat(captured.currentToken()).isEqualTo(plain.currentToken());
            assertThat(captured.currentTokenLocation().getByteOffset())
                    .isEqualTo(plain.currentTokenLocation().getByteOffset());
            assertThat(captured.currentTokenLocation().getLineNr()).isEqualTo(plain.currentTokenLocation().getLineNr());
            assertThat(captured.currentTokenLocation().getColumnNr())
                    .isEqualTo(plain.currentTokenLocation().getColumnNr());
            assertThat(captured.nextToken()).isEqualTo(plain.nextToken());
            assertThat(captured.currentLocation().getLineNr()).isEqualTo(plain.currentLocation().getLineNr());
            assertThat(captured.currentLocation().getColumnNr()).isEqualTo(plain.currentLocation().getColumnNr());
            assertThat(captured.currentLocation().getByteOffset()).isEqualTo(plain.currentLocation().getByteOffset());
            assertThat(captured.nextToken()).isEqualTo(plain.nextToken());
            assertThat(captured.getIntValue()).isEqualTo(5);
        }
    }

    @Test
    void otherEncodingsAndBomsStillParse() throws IOException {
        String doc = "{\"a\":{\"b\":[1]}}";
        byte[] utf16 = doc.getBytes(StandardCharsets.UTF_16BE);
        try (JsonParser p = CAPTURING.createParser(utf16)) {
            assertThat(p).isNotInstanceOf(RawJsonSource.class);
            assertThat(capture(p)).isEqualTo("{\"b\":[1]}");
        }
        try (JsonParser p = CAPTURING.createParser(new ByteArrayInputStream(utf16))) {
            assertThat(capture(p)).isEqualTo("{\"b\":[1]}");
        }
        byte[] bom = ("\uFEFF" + doc).getBytes(StandardCharsets.UTF_8);
        try (JsonParser p = CAPTURING.createParser(new OneByteAtATime(bom))) {
            assertThat(p).isInstanceOf(RawJsonSource.class);
            assertThat(capture(p)).isEqualTo("{\"b\":[1]}");
        }
        try (JsonParser p = CAPTURING.createParser(new byte[0])) {
            assertThat(p.nextToken()).isNull();
        }
    }

    @Test
    void aMapperOnTheFactoryCanBeCopied() throws IOException {
        ObjectMapper mapper = JsonMapper.builder(new CapturingJsonFactory()).build();
        ObjectMapper copy = mapper.copy();
        assertThat(copy.getFactory()).isInstanceOf(CapturingJsonFactory.class).isNotSameAs(mapper.getFactory());
        assertThat(copy.readTree("{\"a\":1}".getBytes(StandardCharsets.UTF_8)).get("a").asInt()).isEqualTo(1);
    }

    /** Reads {@code v} of {@code {"before":..,"v":..,"after":..}} with RawJson and checks the rest still parses. */
    private static String capture(JsonParser p) throws IOException {
        try (p) {
            String v = null;
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("v") || name.equals("a")) {
                    v = RawJson.read(p);
                } else {
                    p.skipChildren();
                }
            }
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(p.nextToken()).isNull();
            return v;
        }
    }

    private static String tokenPath(String doc) throws IOException {
        JsonParser p = PLAIN.createParser(doc);
        assertThat(p).isNotInstanceOf(RawJsonSource.class);
        return capture(p);
    }

    /** A stream that hands out one byte per read, so every value crosses buffer refills. */
    private static final class OneByteAtATime extends InputStream {
        private final byte[] data;
        private int pos;

        OneByteAtATime(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (pos >= data.length) {
                return -1;
            }
            b[off] = data[pos++];
            return 1;
        }
    }
}
