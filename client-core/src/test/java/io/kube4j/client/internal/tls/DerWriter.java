package io.kube4j.client.internal.tls;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Test-only DER encoder, enough to build X.509 certificates and PKCS#1/SEC1 keys. */
public final class DerWriter {
    private DerWriter() {
    }

    public static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int len = value.length;
        if (len < 0x80) {
            out.write(len);
        } else if (len < 0x100) {
            out.write(0x81);
            out.write(len);
        } else if (len < 0x10000) {
            out.write(0x82);
            out.write(len >> 8);
            out.write(len);
        } else {
            out.write(0x83);
            out.write(len >> 16);
            out.write(len >> 8);
            out.write(len);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    public static byte[] seq(byte[]... items) {
        return tlv(0x30, concat(items));
    }

    public static byte[] set(byte[]... items) {
        return tlv(0x31, concat(items));
    }

    public static byte[] integer(BigInteger v) {
        return tlv(0x02, v.toByteArray());
    }

    public static byte[] integer(long v) {
        return integer(BigInteger.valueOf(v));
    }

    public static byte[] bool(boolean v) {
        return tlv(0x01, new byte[] {(byte) (v ? 0xFF : 0)});
    }

    public static byte[] nul() {
        return new byte[] {0x05, 0x00};
    }

    public static byte[] octets(byte[] v) {
        return tlv(0x04, v);
    }

    public static byte[] bits(byte[] v) {
        return tlv(0x03, concat(new byte[] {0}, v));
    }

    public static byte[] utf8(String s) {
        return tlv(0x0C, s.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] explicit(int n, byte[] content) {
        return tlv(0xA0 | n, content);
    }

    public static byte[] time(Instant t) {
        return tlv(0x17, DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC).format(t)
                .getBytes(StandardCharsets.US_ASCII));
    }

    public static byte[] oid(String dotted) {
        String[] parts = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Integer.parseInt(parts[0]) * 40 + Integer.parseInt(parts[1]));
        for (int i = 2; i < parts.length; i++) {
            long arc = Long.parseLong(parts[i]);
            byte[] tmp = new byte[10];
            int n = 0;
            do {
                tmp[n++] = (byte) (arc & 0x7F);
                arc >>= 7;
            } while (arc > 0);
            for (int k = n - 1; k >= 0; k--) {
                out.write(tmp[k] | (k > 0 ? 0x80 : 0));
            }
        }
        return tlv(0x06, out.toByteArray());
    }
}
