package io.kube4j.client.internal.exec;

import io.kube4j.client.internal.ws.SendWindow;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import okhttp3.WebSocket;
import okio.ByteString;

/**
 * The session's stdin: each write becomes frames on channel 0 (at most 32 KiB each), waiting while the
 * socket has more than {@link SendWindow#MAX_QUEUED} bytes unsent.
 */
final class StdinStream extends OutputStream {
    private static final int MAX_FRAME = 32 * 1024;

    private final WebSocketExecSession session;
    private boolean closed;

    StdinStream(WebSocketExecSession session) {
        this.session = session;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("stdin is closed");
        }
        while (len > 0) {
            int n = Math.min(len, MAX_FRAME);
            WebSocket ws = SendWindow.await(session::checkWritable);
            byte[] frame = new byte[n + 1];
            frame[0] = (byte) WebSocketExecSession.STDIN;
            System.arraycopy(b, off, frame, 1, n);
            if (!ws.send(ByteString.of(frame))) {
                session.checkWritable(); // throws the reason
                throw new IOException("the WebSocket refused the stdin frame");
            }
            off += n;
            len -= n;
        }
    }

    /** Sends end-of-file when the protocol can (v5); later writes fail. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        session.closeStdin();
    }

    @Override
    public String toString() {
        return "stdin of " + session;
    }
}
