package io.kube4j.client.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Remembers the last bytes read (a ring buffer larger than Jackson's read-ahead) and counts all bytes, so
 * that a decoding failure at a parser byte offset can show the input around it. Costs one copy per read.
 */
public final class CapturingInputStream extends FilterInputStream {
    private static final int CAPACITY = 16 * 1024;

    private final byte[] ring = new byte[CAPACITY];
    private long total;

    public CapturingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            ring[(int) (total % CAPACITY)] = (byte) b;
            total++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            record(b, off, n);
        }
        return n;
    }

    /** Bytes read so far. */
    public long position() {
        return total;
    }

    /** The retained text in [offset - before, offset + after), or empty if that range is no longer held. */
    public String around(long offset, int before, int after) {
        long from = Math.max(Math.max(0, offset - before), total - CAPACITY);
        long to = Math.min(total, Math.max(offset, 0) + after);
        if (from >= to) {
            return "";
        }
        byte[] out = new byte[(int) (to - from)];
        for (long p = from; p < to; p++) {
            out[(int) (p - from)] = ring[(int) (p % CAPACITY)];
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private void record(byte[] b, int off, int n) {
        int start = off;
        int len = n;
        if (len > CAPACITY) {
            start += len - CAPACITY;
            total += len - CAPACITY;
            len = CAPACITY;
        }
        int pos = (int) (total % CAPACITY);
        int first = Math.min(len, CAPACITY - pos);
        System.arraycopy(b, start, ring, pos, first);
        System.arraycopy(b, start + first, ring, 0, len - first);
        total += len;
    }
}
