package io.kube4j.client.internal.exec;

import io.kube4j.client.TransportException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** Keeps the first {@code max} bytes of an output channel for {@code execAndWait}; reads and drops the rest. */
final class CappedCollector implements OutputSink {
    private final long max;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean truncated;

    CappedCollector(long max) {
        this.max = max;
    }

    @Override
    public synchronized void write(ByteBuffer payload) {
        int keep = (int) Math.min(payload.remaining(), max - bytes.size());
        if (keep < payload.remaining()) {
            truncated = true;
        }
        if (keep > 0) {
            byte[] chunk = new byte[keep];
            payload.get(chunk);
            bytes.write(chunk, 0, keep);
        }
    }

    @Override
    public void finish() {
    }

    @Override
    public void fail(TransportException failure) {
        // execAndWait learns of the failure from the exit-code future.
    }

    @Override
    public void discard() {
    }

    synchronized byte[] bytes() {
        return bytes.toByteArray();
    }

    synchronized boolean truncated() {
        return truncated;
    }
}
