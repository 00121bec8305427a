package io.kube4j.client.internal.exec;

import io.kube4j.client.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;

/**
 * A ring buffer of at most {@code capacity} bytes between the socket reader (writer side, blocks while full:
 * back-pressure) and the caller's {@link #input()} (blocks while empty). It starts small and grows on demand,
 * so a quiet stream costs little. Closing the input drops further data instead of blocking the socket.
 */
final class BoundedPipe implements OutputSink {
    private static final int INITIAL = 8 * 1024;

    private final String name;
    private final int capacity;
    private final InputStream input = new Input();
    private byte[] buf = new byte[0];
    private int head;
    private int count;
    private boolean finished;
    private TransportException failure;
    private boolean inputClosed;

    BoundedPipe(String name, int capacity) {
        this.name = name;
        this.capacity = capacity;
    }

    InputStream input() {
        return input;
    }

    @Override
    public synchronized void write(ByteBuffer payload) {
        while (payload.hasRemaining()) {
            if (inputClosed || finished) {
                return; // nobody will read it
            }
            if (count == capacity) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the reader thread is being stopped: drop the rest
                    return;
                }
                continue;
            }
            grow((int) Math.min(capacity, (long) count + payload.remaining()));
            int n = Math.min(buf.length - count, payload.remaining());
            int tail = (head + count) % buf.length;
            int first = Math.min(n, buf.length - tail);
            payload.get(buf, tail, first);
            if (n > first) {
                payload.get(buf, 0, n - first);
            }
            count += n;
            notifyAll();
        }
    }

    @Override
    public synchronized void finish() {
        finished = true;
        notifyAll();
    }

    @Override
    public synchronized void fail(TransportException e) {
        if (!finished) {
            failure = e;
            finished = true;
        }
        notifyAll();
    }

    @Override
    public synchronized void discard() {
        finished = true;
        release();
        notifyAll();
    }

    /** Bytes buffered now (for tests and {@code available()}). */
    synchronized int buffered() {
        return count;
    }

    private void grow(int needed) {
        if (needed <= buf.length) {
            return;
        }
        int size = Math.max(needed, Math.min(capacity, Math.max(INITIAL, buf.length * 2)));
        byte[] bigger = new byte[size];
        int first = Math.min(count, buf.length - head);
        System.arraycopy(buf, head, bigger, 0, first);
        System.arraycopy(buf, 0, bigger, first, count - first);
        buf = bigger;
        head = 0;
    }

    private void release() {
        buf = new byte[0];
        head = 0;
        count = 0;
    }

    private synchronized int read(byte[] b, int off, int len) throws IOException {
        if (inputClosed) {
            throw new IOException(name + " is closed");
        }
        if (len == 0) {
            return 0;
        }
        while (count == 0) {
            if (failure != null) {
                throw failure;
            }
            if (finished) {
                return -1;
            }
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading " + name);
            }
            if (inputClosed) {
                throw new IOException(name + " is closed");
            }
        }
        int n = Math.min(len, count);
        int first = Math.min(n, buf.length - head);
        System.arraycopy(buf, head, b, off, first);
        System.arraycopy(buf, 0, b, off + first, n - first);
        head = (head + n) % buf.length;
        count -= n;
        if (count == 0) {
            head = 0;
        }
        notifyAll();
        return n;
    }

    private synchronized void closeInput() {
        inputClosed = true;
        release();
        notifyAll();
    }

    @Override
    public String toString() {
        return name;
    }

    private final class Input extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            return BoundedPipe.this.read(b, off, len);
        }

        @Override
        public int available() {
            return buffered();
        }

        @Override
        public void close() {
            closeInput();
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
