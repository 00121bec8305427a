package io.kube4j.api.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

/**
 * A {@link JsonFactory} whose parsers of UTF-8 input (bytes and streams: every HTTP body) are
 * {@link RawJsonSource}s, so codecs can copy {@code FieldsV1} values without tokenizing them. Other
 * encodings, readers and strings get Jackson's own parsers (and codecs the token-by-token path). kube4j's
 * mapper ({@code io.kube4j.client.Json}) is built on it.
 */
public final class CapturingJsonFactory extends JsonFactory {
    private static final long serialVersionUID = 1L;

    public CapturingJsonFactory() {
    }

    private CapturingJsonFactory(CapturingJsonFactory src, ObjectCodec codec) {
        super(src, codec);
    }

    @Override
    public JsonFactory copy() {
        _checkInvalidCopy(CapturingJsonFactory.class);
        return new CapturingJsonFactory(this, null);
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
        int skip = utf8Start(data, offset, len);
        if (skip < 0 || !canonicalizes()) {
            return super._createParser(data, offset, len, ctxt);
        }
        _streamReadConstraints.validateDocumentLength(len);
        return new CapturingJsonParser(ctxt, _parserFeatures, null, _objectCodec,
                _byteSymbolCanonicalizer.makeChild(_factoryFeatures), data, offset + skip, offset + len, skip, false);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
        if (!canonicalizes()) {
            return super._createParser(in, ctxt);
        }
        byte[] buffer = ctxt.allocReadIOBuffer();
        int end = 0;
        try {
            while (end < 4) { // enough to tell the encoding, as Jackson's own detection reads
                int n = in.read(buffer, end, buffer.length - end);
                if (n < 0) {
                    break;
                }
                end += n;
            }
        } catch (IOException | RuntimeException e) {
            ctxt.releaseReadIOBuffer(buffer);
            if (ctxt.isResourceManaged()) {
                try {
                    in.close();
                } catch (IOException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
        int skip = utf8Start(buffer, 0, end);
        if (skip < 0) {
            byte[] head = Arrays.copyOf(buffer, end);
            ctxt.releaseReadIOBuffer(buffer);
            return super._createParser(new SequenceInputStream(new ByteArrayInputStream(head), in), ctxt);
        }
        return new CapturingJsonParser(ctxt, _parserFeatures, in, _objectCodec,
                _byteSymbolCanonicalizer.makeChild(_factoryFeatures), buffer, skip, end, skip, true);
    }

    private boolean canonicalizes() {
        return JsonFactory.Feature.CANONICALIZE_FIELD_NAMES.enabledIn(_factoryFeatures);
    }

    /**
     * Where UTF-8 content starts (3 after a byte order mark, else 0), or -1 for what Jackson would read as
     * UTF-16 or UTF-32 (a BOM of those, or a zero byte among the first four: JSON text starts with ASCII).
     */
    private int utf8Start(byte[] b, int off, int len) {
        if (!JsonFactory.Feature.CHARSET_DETECTION.enabledIn(_factoryFeatures)) {
            return 0;
        }
        if (len >= 3 && b[off] == (byte) 0xEF && b[off + 1] == (byte) 0xBB && b[off + 2] == (byte) 0xBF) {
            return 3;
        }
        if (len >= 2 && ((b[off] == (byte) 0xFE && b[off + 1] == (byte) 0xFF)
                || (b[off] == (byte) 0xFF && b[off + 1] == (byte) 0xFE))) {
            return -1;
        }
        for (int i = off; i < off + Math.min(len, 4); i++) {
            if (b[i] == 0) {
                return -1;
            }
        }
        return 0;
    }
}
