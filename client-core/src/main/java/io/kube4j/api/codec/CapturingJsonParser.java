package io.kube4j.api.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Jackson's UTF-8 parser plus {@link RawJsonSource}: copies a whole object or array out of the input
 * buffer while {@link JsonStructureScanner} validates it, then leaves the parser on the end token exactly
 * as {@code skipChildren()} would (parsing context popped, location updated).
 */
final class CapturingJsonParser extends UTF8StreamJsonParser implements RawJsonSource {
    private static final JsonFactory PLAIN = new JsonFactory();
    private static final int RETAIN_MAX = 64 * 1024;

    private byte[] captured = new byte[1024];

    CapturingJsonParser(IOContext ctxt, int features, InputStream in, ObjectCodec codec, ByteQuadsCanonicalizer sym,
            byte[] buffer, int start, int end, int bytesPreProcessed, boolean bufferRecyclable) {
        super(ctxt, features, in, codec, sym, buffer, start, end, bytesPreProcessed, bufferRecyclable);
    }

    @Override
    public String readRawStructure() throws IOException {
        JsonToken open = currentToken();
        if (open != JsonToken.START_OBJECT && open != JsonToken.START_ARRAY) {
            throw new IllegalStateException("not on the start of an object or array: " + open);
        }
        int maxDepth = _streamReadConstraints.getMaxNestingDepth() - _parsingContext.getNestingDepth() + 1;
        JsonStructureScanner scanner = new JsonStructureScanner(open == JsonToken.START_OBJECT ? (byte) '{'
                : (byte) '[', Math.max(1, maxDepth));
        byte[] out = captured;
        out[0] = open == JsonToken.START_OBJECT ? (byte) '{' : (byte) '[';
        int n = 1;
        int stop;
        while (true) {
            int from = _inputPtr;
            stop = scanner.scan(_inputBuffer, from, _inputEnd);
            if (stop == -2) {
                _inputPtr = scanner.errorIndex();
                throw CodecException.invalid(this, scanner.error(), null);
            }
            int upto = stop < 0 ? _inputEnd : stop;
            if (n + (upto - from) > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, n + (upto - from)));
            }
            System.arraycopy(_inputBuffer, from, out, n, upto - from);
            n += upto - from;
            if (scanner.newlines() > 0) {
                _currInputRow += scanner.newlines();
                _currInputRowStart = scanner.lastNewline() + 1;
            }
            if (stop >= 0) {
                break;
            }
            _inputPtr = _inputEnd;
            if (!_loadMore()) {
                throw CodecException.invalid(this, "unexpected end of input inside a JSON value", null);
            }
        }
        _inputPtr = stop;
        // the end token's location, as Jackson records it once it has consumed the closing byte
        _tokenInputRow = _currInputRow;
        _tokenInputTotal = _currInputProcessed + stop;
        _tokenInputCol = stop - _currInputRowStart;
        _parsingContext = _parsingContext.clearAndGetParent();
        _updateToken(open == JsonToken.START_OBJECT ? JsonToken.END_OBJECT : JsonToken.END_ARRAY);
        captured = out.length > RETAIN_MAX ? new byte[1024] : out;
        return scanner.needsNormalizing() ? normalize(out, n) : new String(out, 0, n, StandardCharsets.ISO_8859_1);
    }

    /** Whitespace, escapes or non-ASCII text: re-parse to get exactly what the token path writes. */
    private String normalize(byte[] json, int length) throws IOException {
        try (JsonParser p = PLAIN.createParser(json, 0, length)) {
            p.nextToken();
            return RawJson.readTokens(p);
        } catch (CodecException e) {
            throw CodecException.invalid(this, e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw CodecException.invalid(this, "malformed JSON: " + e.getOriginalMessage(), e);
        }
    }
}
