package io.kube4j.client.internal.tls;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A minimal ASN.1 DER reader: just enough to take PKCS#1 RSA and SEC1 EC private keys apart and to read
 * algorithm identifiers. Single-byte tags, definite lengths only.
 */
final class DerReader {
    static final int INTEGER = 0x02;
    static final int BIT_STRING = 0x03;
    static final int OCTET_STRING = 0x04;
    static final int NULL = 0x05;
    static final int OID = 0x06;
    static final int SEQUENCE = 0x30;
    static final int CONTEXT_0 = 0xA0;
    static final int CONTEXT_1 = 0xA1;

    /** One tag-length-value element; {@code value} is a copy of the content octets. */
    record Element(int tag, byte[] value) {
        DerReader contents() {
            return new DerReader(value);
        }

        BigInteger integer() throws PemException {
            expect(INTEGER);
            if (value.length == 0) {
                throw new PemException("malformed DER: empty INTEGER");
            }
            return new BigInteger(value);
        }

        String oid() throws PemException {
            expect(OID);
            return decodeOid(value);
        }

        byte[] octets() throws PemException {
            expect(OCTET_STRING);
            return value.clone();
        }

        void expect(int expected) throws PemException {
            if (tag != expected) {
                throw new PemException(String.format("malformed DER: expected tag 0x%02x, found 0x%02x", expected, tag));
            }
        }
    }

    private final byte[] data;
    private int pos;

    DerReader(byte[] data) {
        this.data = data;
    }

    boolean hasMore() {
        return pos < data.length;
    }

    /** Peeks at the next tag without consuming it; -1 at the end. */
    int peekTag() {
        return hasMore() ? data[pos] & 0xFF : -1;
    }

    Element read() throws PemException {
        if (!hasMore()) {
            throw new PemException("malformed DER: unexpected end of data");
        }
        int tag = data[pos++] & 0xFF;
        if ((tag & 0x1F) == 0x1F) {
            throw new PemException("malformed DER: multi-byte tags are not supported");
        }
        int length = readLength();
        if (length > data.length - pos) {
            throw new PemException("malformed DER: element longer than its container");
        }
        byte[] value = Arrays.copyOfRange(data, pos, pos + length);
        pos += length;
        return new Element(tag, value);
    }

    /** Reads one element that must be a SEQUENCE and returns a reader over its contents. */
    DerReader sequence() throws PemException {
        Element e = read();
        e.expect(SEQUENCE);
        return e.contents();
    }

    private int readLength() throws PemException {
        if (!hasMore()) {
            throw new PemException("malformed DER: missing length");
        }
        int first = data[pos++] & 0xFF;
        if (first < 0x80) {
            return first;
        }
        int octets = first & 0x7F;
        if (octets == 0) {
            throw new PemException("malformed DER: indefinite lengths are not allowed");
        }
        if (octets > 3 || octets > data.length - pos) {
            throw new PemException("malformed DER: length out of range");
        }
        int length = 0;
        for (int k = 0; k < octets; k++) {
            length = (length << 8) | (data[pos++] & 0xFF);
        }
        return length;
    }

    static String decodeOid(byte[] v) throws PemException {
        if (v.length == 0) {
            throw new PemException("malformed DER: empty OBJECT IDENTIFIER");
        }
        StringBuilder sb = new StringBuilder();
        long arc = 0;
        boolean first = true;
        for (int k = 0; k < v.length; k++) {
            int b = v[k] & 0xFF;
            if (arc > (Long.MAX_VALUE >> 7)) {
                throw new PemException("malformed DER: OBJECT IDENTIFIER arc too large");
            }
            arc = (arc << 7) | (b & 0x7F);
            if ((b & 0x80) != 0) {
                if (k == v.length - 1) {
                    throw new PemException("malformed DER: truncated OBJECT IDENTIFIER");
                }
                continue;
            }
            if (first) {
                long top = Math.min(arc / 40, 2);
                sb.append(top).append('.').append(arc - top * 40);
                first = false;
            } else {
                sb.append('.').append(arc);
            }
            arc = 0;
        }
        return sb.toString();
    }
}
