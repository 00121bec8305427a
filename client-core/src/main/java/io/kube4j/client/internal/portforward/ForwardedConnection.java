package io.kube4j.client.internal.portforward;

import io.kube4j.client.KubeException;
import io.kube4j.client.PortForwardException;
import io.kube4j.client.Request;
import io.kube4j.client.TransportException;
import io.kube4j.client.internal.ws.ChannelListener;
import io.kube4j.client.internal.ws.SendWindow;
import io.kube4j.client.internal.ws.WebSocketConnector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.WebSocket;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One local connection carried over its own WebSocket (portforward.k8s.io framing over
 * {@code v4.channel.k8s.io}): channel 0 carries data both ways, channel 1 the server's error text, and the
 * server starts each channel with the port as two little-endian bytes, which are checked and dropped.
 * {@link #run()} (on its own thread) opens the WebSocket and copies local bytes to it; the socket reader
 * thread writes the pod's bytes to the local socket, so a slow local reader slows the pod down.
 */
final class ForwardedConnection extends ChannelListener {
    static final String PROTOCOL = "v4.channel.k8s.io";
    static final int DATA = 0;
    static final int ERROR = 1;
    private static final int MAX_FRAME = 32 * 1024;
    private static final int MAX_ERROR_TEXT = 4096;
    private static final Logger LOG = LoggerFactory.getLogger(ForwardedConnection.class);

    private final WebSocketConnector connector;
    private final Request request;
    private final int port;
    private final Socket local;
    private final Consumer<KubeException> errors;
    private final Consumer<ForwardedConnection> onEnd;
    private final int[] prefixSeen = new int[2];
    private final int[] prefixValue = new int[2];
    private volatile WebSocket ws;
    private boolean closing;
    private boolean ended;

    ForwardedConnection(WebSocketConnector connector, Request request, int port, Socket local,
            Consumer<KubeException> errors, Consumer<ForwardedConnection> onEnd) {
        this.connector = connector;
        this.request = request;
        this.port = port;
        this.local = local;
        this.errors = errors;
        this.onEnd = onEnd;
    }

    /** Opens the WebSocket and copies local input to it until either side ends. */
    void run() {
        if (isClosing()) {
            return;
        }
        try {
            ws = connector.connect(request, List.of(PROTOCOL), this).ws();
        } catch (KubeException e) {
            fail(e);
            return;
        } catch (RuntimeException e) {
            fail(new TransportException(request.describe() + ": " + e, e, false));
            return;
        }
        if (isClosing()) {
            ws.cancel(); // closed during the handshake
            return;
        }
        pump();
    }

    private void pump() {
        byte[] buf = new byte[MAX_FRAME + 1];
        buf[0] = DATA;
        try {
            InputStream in = local.getInputStream();
            while (true) {
                int n = in.read(buf, 1, MAX_FRAME);
                if (n < 0) {
                    closeFromLocal();
                    return;
                }
                WebSocket socket = SendWindow.await(this::writable);
                if (!socket.send(ByteString.of(buf, 0, n + 1))) {
                    return; // closing or failed; the listener side reports and cleans up
                }
            }
        } catch (IOException e) {
            if (!isClosing()) {
                LOG.debug("{}: local connection failed: {}", request.describe(), e.toString());
                close();
            }
        }
    }

    private WebSocket writable() throws IOException {
        if (isClosing()) {
            throw new IOException("forwarded connection is closing");
        }
        return ws;
    }

    @Override
    protected void onFrame(WebSocket socket, int channel, ByteBuffer payload) {
        if (channel != DATA && channel != ERROR) {
            LOG.debug("{}: ignoring {} bytes on channel {}", request.describe(), payload.remaining(), channel);
            return;
        }
        if (!stripPort(channel, payload) || !payload.hasRemaining() || isEnded()) {
            return;
        }
        if (channel == ERROR) {
            byte[] text = new byte[Math.min(payload.remaining(), MAX_ERROR_TEXT)];
            payload.get(text);
            fail(new PortForwardException(port, request.describe() + ": " + port + ": "
                    + new String(text, StandardCharsets.UTF_8).trim()));
            return;
        }
        try {
            OutputStream out = local.getOutputStream();
            byte[] copy = new byte[payload.remaining()]; // OkHttp's buffer is read-only
            payload.get(copy);
            out.write(copy);
        } catch (IOException e) {
            LOG.debug("{}: local client went away: {}", request.describe(), e.toString());
            close();
        }
    }

    /** Consumes the two-byte port prefix of a channel; false (after failing) when it names another port. */
    private boolean stripPort(int channel, ByteBuffer payload) {
        while (prefixSeen[channel] < 2 && payload.hasRemaining()) {
            prefixValue[channel] |= (payload.get() & 0xff) << (8 * prefixSeen[channel]);
            if (++prefixSeen[channel] == 2 && prefixValue[channel] != port) {
                fail(new TransportException(request.describe() + ": the server answered for port "
                        + prefixValue[channel] + " on channel " + channel + ", expected " + port, null, false));
                return false;
            }
        }
        return true;
    }

    @Override
    protected void onRemoteClose(int code, String reason) {
        closeLocal(); // everything the server sent before its close has been written
    }

    @Override
    protected void onBroken(TransportException failure) {
        if (isClosing()) {
            closeLocal(); // we asked for the close; a cut after that is expected
        } else {
            fail(failure);
        }
    }

    /** Ends this connection from outside (the forwarder closes, or the local socket failed). */
    void close() {
        markClosing();
        WebSocket socket = ws;
        if (socket != null) {
            socket.close(1000, null);
        }
        closeLocal();
    }

    /**
     * The local client sent end-of-input. The protocol cannot pass a half-close on, so close the WebSocket;
     * the local socket stays open for what the server still sends until its close arrives (or OkHttp gives up
     * waiting for it).
     */
    private void closeFromLocal() {
        if (markClosing()) {
            ws.close(1000, null);
        }
    }

    /** Ends with a failure: report it (unless this connection was being closed anyway) and cut both sides. */
    private void fail(KubeException failure) {
        boolean report;
        synchronized (this) {
            if (ended) {
                return;
            }
            report = !closing;
            closing = true;
        }
        if (report) {
            errors.accept(failure);
        }
        WebSocket socket = ws;
        if (socket != null) {
            socket.cancel();
        }
        closeLocal();
    }

    private synchronized boolean markClosing() {
        if (closing) {
            return false;
        }
        closing = true;
        return true;
    }

    private synchronized boolean isClosing() {
        return closing;
    }

    private synchronized boolean isEnded() {
        return ended;
    }

    private void closeLocal() {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            closing = true;
        }
        try {
            local.close();
        } catch (IOException e) {
            LOG.debug("closing the local connection failed", e);
        }
        onEnd.accept(this);
    }

    @Override
    public String toString() {
        return "forwarded " + local.getRemoteSocketAddress() + " -> " + request.describe() + ":" + port;
    }
}
