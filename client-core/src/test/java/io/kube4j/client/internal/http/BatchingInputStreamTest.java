package io.kube4j.client.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchingInputStreamTest {
    /** A network-like source: at most {@code chunk} bytes per read; records where each read started. */
    private static final class Source extends InputStream {
        final byte[] data;
        final int chunk;
        int pos;
        boolean closed;
        IOException failAt;
        int failPos = -1;

        Source(byte[] data, int chunk) {
            this.data = data;
            this.chunk = chunk;
        }

        @Override
        public int read() {
            throw new AssertionError("single-byte reads are not expected");
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (failPos >= 0 && pos >= failPos) {
                throw failAt;
            }
            if (pos == data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunk), data.length - pos);
            if (failPos >= 0) {
                n = Math.min(n, failPos - pos);
            }
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    private static byte[] readAll(InputStream in, int bufferSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[bufferSize];
        int n;
        while ((n = in.read(buf, 0, buf.length)) >= 0) {
            assertThat(n).as("a read of a non-empty buffer returns data or -1").isPositive();
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7999, 8000, 8001, 65536, 65536 + 8000, 3_000_000})
    void passesEveryByteThroughInOrder(int size) throws IOException {
        byte[] data = bytes(size);
        try (BatchingInputStream in = new BatchingInputStream(new Source(data, 1000))) {
            assertThat(readAll(in, 8000)).isEqualTo(data);
            assertThat(in.read(new byte[10], 0, 10)).as("stays at the end").isEqualTo(-1);
        }
    }

    @Test
    void aSmallBodyGoesStraightIntoTheCallersBuffer() throws IOException {
        Source source = new Source(bytes(5000), 700);
        BatchingInputStream in = new BatchingInputStream(source);
        byte[] buf = new byte[8000];
        assertThat(in.read(buf, 0, buf.length)).as("the whole body in one read").isEqualTo(5000);
        assertThat(in.read(buf, 0, buf.length)).isEqualTo(-1);
    }

    @Test
    void aBigBodyIsReadAheadInGrowingBatchesNotPerCallersRead() throws IOException {
        Source source = new Source(bytes(4_000_000), 4096);
        BatchingInputStream in = new BatchingInputStream(source);
        byte[] buf = new byte[8000];
        List<Integer> sourcePositionWhenItMoved = new ArrayList<>();
        int last = 0;
        while (in.read(buf, 0, buf.length) >= 0) {
            if (source.pos != last) {
                sourcePositionWhenItMoved.add(source.pos - last);
                last = source.pos;
            }
        }
        // First the caller's 8000 bytes, then batches of 64, 128, 256 KiB and 512 KiB from then on.
        assertThat(sourcePositionWhenItMoved.subList(0, 5)).containsExactly(8000, BatchingInputStream.FIRST_BATCH,
                2 * BatchingInputStream.FIRST_BATCH, 4 * BatchingInputStream.FIRST_BATCH,
                BatchingInputStream.MAX_BATCH);
        assertThat(sourcePositionWhenItMoved.subList(5, sourcePositionWhenItMoved.size() - 1))
                .allMatch(n -> n == BatchingInputStream.MAX_BATCH);
        assertThat(source.pos).isEqualTo(4_000_000);
    }

    @Test
    void singleByteReadsAndAvailable() throws IOException {
        byte[] data = bytes(20_000);
        BatchingInputStream in = new BatchingInputStream(new Source(data, 3000));
        byte[] first = new byte[8000];
        assertThat(in.read(first, 0, first.length)).isEqualTo(8000);
        assertThat(in.available()).as("nothing read ahead yet").isZero();
        assertThat(in.read()).isEqualTo(data[8000] & 0xff);
        assertThat(in.available()).as("the rest of the body, read ahead in one batch").isEqualTo(20_000 - 8001);
        assertThat(in.read(new byte[0], 0, 0)).isZero();
        assertThat(readAll(in, 100)).isEqualTo(java.util.Arrays.copyOfRange(data, 8001, 20_000));
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void aFailureMidBatchReachesTheCallerAndCloseClosesTheSource() throws IOException {
        Source source = new Source(bytes(200_000), 4096);
        source.failPos = 100_000;
        source.failAt = new IOException("unexpected end of stream");
        BatchingInputStream in = new BatchingInputStream(source);
        assertThatThrownBy(() -> readAll(in, 8000)).isInstanceOf(IOException.class)
                .hasMessage("unexpected end of stream");
        in.close();
        assertThat(source.closed).isTrue();
    }

    @Test
    void rejectsBadRanges() {
        BatchingInputStream in = new BatchingInputStream(new Source(bytes(10), 10));
        assertThatThrownBy(() -> in.read(new byte[4], 2, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
