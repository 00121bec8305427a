package io.kube4j.client.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads a finite response body ahead in large batches, for decoding whole documents (never watches: a
 * batch waits until it is full or the body ends).
 *
 * <p>Why: decoding a big list while reading the socket a few KiB at a time costs ~40% more CPU than decoding
 * the same bytes in memory. Each small read's system call and copy evict the decoder's working set. Reading
 * many KiB per refill gets nearly all of that back without holding the whole body. A body that fits the
 * caller's first read goes straight into the caller's buffer (no batch buffer for small GETs). After that,
 * batches start at {@value #FIRST_BATCH} bytes and double while the body keeps filling them, up to
 * {@value #MAX_BATCH}.
 */
final class BatchingInputStream extends InputStream {
    static final int FIRST_BATCH = 64 * 1024;
    static final int MAX_BATCH = 512 * 1024;

    private final InputStream in;
    /** Null until the body proved larger than the caller's first read. */
    private byte[] batch;
    private int pos;
    private int end;
    private boolean eof;

    BatchingInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        if (pos < end) {
            return batch[pos++] & 0xff;
        }
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (pos == end) {
            if (eof) {
                return -1;
            }
            if (batch == null) {
                int n = in.readNBytes(b, off, len);
                if (n < len) {
                    eof = true;
                } else {
                    batch = new byte[FIRST_BATCH];
                }
                return n == 0 ? -1 : n;
            }
            refill();
            if (end == 0) {
                return -1;
            }
        }
        int n = Math.min(len, end - pos);
        System.arraycopy(batch, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() throws IOException {
        return end - pos;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void refill() throws IOException {
        if (end == batch.length && batch.length < MAX_BATCH) {
            batch = new byte[batch.length * 2]; // the last batch was full: the body is big
        }
        pos = 0;
        end = in.readNBytes(batch, 0, batch.length);
        eof = end < batch.length;
    }
}
