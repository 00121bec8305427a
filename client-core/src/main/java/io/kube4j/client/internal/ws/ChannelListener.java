package io.kube4j.client.internal.ws;

import io.kube4j.client.KubeException;
import io.kube4j.client.Request;
import io.kube4j.client.TransportException;
import io.kube4j.client.internal.http.ErrorResponses;
import io.kube4j.client.internal.http.KubeIOException;
import io.kube4j.client.internal.http.Transports;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OkHttp side of one channel-protocol WebSocket ({@code *.channel.k8s.io}): turns the handshake into a
 * result for {@link WebSocketConnector} (the chosen subprotocol, or the {@link io.kube4j.client.ApiException}
 * of a non-101 answer), then hands each binary frame to {@link #onFrame} as channel number and payload.
 *
 * <p>Threads: every callback runs on the OkHttp thread that reads the socket, one at a time; a subclass that
 * blocks in {@link #onFrame} holds back everything behind it (that is the back-pressure).
 */
public abstract class ChannelListener extends WebSocketListener {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelListener.class);

    private final CompletableFuture<String> handshake = new CompletableFuture<>();
    private volatile Request request;
    private volatile List<String> offered = List.of();
    private volatile boolean remoteClosed;

    void bind(Request request, List<String> offered) {
        this.request = request;
        this.offered = List.copyOf(offered);
    }

    CompletableFuture<String> handshake() {
        return handshake;
    }

    /** Verb and path of the upgrade request, for messages. */
    protected final String describe() {
        Request r = request;
        return r == null ? "WebSocket" : r.describe();
    }

    /** One frame's payload (after the channel byte) on {@code channel}; the buffer is only valid during the call. */
    protected abstract void onFrame(WebSocket ws, int channel, ByteBuffer payload);

    /** The server closed the WebSocket with {@code code} (1000 = normal); nothing more will arrive. */
    protected abstract void onRemoteClose(int code, String reason);

    /** The connection failed after the handshake (or a callback threw); nothing more will arrive. */
    protected abstract void onBroken(TransportException failure);

    @Override
    public final void onOpen(WebSocket ws, Response response) {
        String chosen = response.header("Sec-WebSocket-Protocol");
        if (chosen == null || !offered.contains(chosen.trim())) {
            ws.cancel();
            handshake.completeExceptionally(new TransportException(describe() + ": the server accepted the "
                    + "WebSocket with subprotocol " + (chosen == null ? "(none)" : "'" + chosen + "'")
                    + ", not one of " + offered, null, false));
            return;
        }
        handshake.complete(chosen.trim());
    }

    @Override
    public final void onMessage(WebSocket ws, ByteString bytes) {
        if (bytes.size() == 0) {
            return; // servers may send an empty frame; it belongs to no channel
        }
        ByteBuffer buffer = bytes.asByteBuffer(); // read-only view, no copy
        int channel = buffer.get() & 0xff;
        onFrame(ws, channel, buffer);
    }

    @Override
    public final void onMessage(WebSocket ws, String text) {
        // The binary channel protocols never use text frames (those belong to the base64 variants).
        LOG.debug("{}: ignoring a text frame of {} chars", describe(), text.length());
    }

    @Override
    public final void onClosing(WebSocket ws, int code, String reason) {
        remoteClosed = true;
        ws.close(1000, null); // complete the closing handshake
        onRemoteClose(code, reason);
    }

    @Override
    public final void onClosed(WebSocket ws, int code, String reason) {
        // onClosing already reported the server's close; a close we started ends here without news.
    }

    @Override
    public final void onFailure(WebSocket ws, Throwable t, Response response) {
        if (!handshake.isDone()) {
            handshake.completeExceptionally(handshakeFailure(t, response));
            return;
        }
        if (remoteClosed) {
            // The server closed first and dropped the connection before our close reply: not a failure.
            LOG.debug("{}: connection ended after the server's close: {}", describe(), t.toString());
            return;
        }
        onBroken(broken(t));
    }

    private KubeException handshakeFailure(Throwable t, Response response) {
        if (response != null && response.code() != 101) {
            // The body of a refused upgrade is the server's Status; it is readable until this callback returns.
            return ErrorResponses.toException(request, response, List.of());
        }
        if (t instanceof IOException io) {
            KubeException carried = KubeIOException.unwrap(io);
            if (carried != null) {
                return carried; // e.g. a failing exec credential plugin
            }
            return Transports.wrap(request, io, "Canceled".equals(io.getMessage()));
        }
        return new TransportException(describe() + ": WebSocket handshake failed: " + t, t, false);
    }

    private TransportException broken(Throwable t) {
        if (t instanceof TransportException te) {
            return te;
        }
        String what = t.getMessage() == null ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + t.getMessage();
        boolean retryable = t instanceof IOException io && Transports.isRetryable(io);
        return new TransportException(describe() + ": connection lost: " + what, t, retryable);
    }
}
