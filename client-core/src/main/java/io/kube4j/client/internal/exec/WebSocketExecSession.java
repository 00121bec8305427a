package io.kube4j.client.internal.exec;

import io.kube4j.client.ExecOptions;
import io.kube4j.client.ExecResult;
import io.kube4j.client.ExecSession;
import io.kube4j.client.Request;
import io.kube4j.client.TransportException;
import io.kube4j.client.internal.http.OpenStreams;
import io.kube4j.client.internal.ws.ChannelListener;
import io.kube4j.client.internal.ws.WebSocketConnector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.WebSocket;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exec or attach over the channel protocol: frames on channel 1/2 go to the output sinks, channel 3 carries
 * the exit Status, channel 0 is stdin, 4 the TTY size, and (v5 only) channel 255 the close-stdin signal.
 * Frames are handled on the OkHttp reader thread; the exit-code future completes on the client's callback
 * executor.
 */
public final class WebSocketExecSession extends ChannelListener implements ExecSession {
    static final String V5 = "v5.channel.k8s.io";
    static final String V4 = "v4.channel.k8s.io";
    /** Offered newest first; servers before Kubernetes 1.30 answer with v4. */
    static final List<String> PROTOCOLS = List.of(V5, V4);
    static final int STDIN = 0;
    static final int STDOUT = 1;
    static final int STDERR = 2;
    static final int ERROR = 3;
    static final int RESIZE = 4;
    static final int CLOSE = 255;
    private static final int MAX_ERROR_BYTES = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(WebSocketExecSession.class);

    private enum State { OPEN, ENDED, BROKEN, CLOSED }

    private final ExecOptions options;
    private final OutputSink out;
    private final OutputSink err;
    private final StdinStream stdin;
    private final ByteArrayOutputStream errorChannel = new ByteArrayOutputStream();
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final AtomicBoolean settled = new AtomicBoolean();
    private final Executor callbacks;
    private final OpenStreams registry;
    private volatile WebSocket ws;
    private volatile String protocol;
    private State state = State.OPEN;
    private TransportException failure;

    private WebSocketExecSession(ExecOptions options, boolean collect, Executor callbacks, OpenStreams registry) {
        this.options = options;
        this.out = !options.stdout() ? null : collect ? new CappedCollector(options.maxOutputBytes())
                : new BoundedPipe("stdout", options.bufferSize());
        this.err = !options.stderr() ? null : collect ? new CappedCollector(options.maxOutputBytes())
                : new BoundedPipe("stderr", options.bufferSize());
        this.stdin = options.stdin() ? new StdinStream(this) : null;
        this.callbacks = callbacks;
        this.registry = registry;
    }

    /**
     * Opens the session: sends the upgrade, waits for the handshake and registers the session with the
     * client, so closing the client ends it. With {@code collect} the output goes to capped collectors
     * ({@code execAndWait}) instead of streams.
     */
    static WebSocketExecSession open(WebSocketConnector connector, Request request, ExecOptions options,
            boolean collect) {
        WebSocketExecSession session = new WebSocketExecSession(options, collect,
                connector.settings().callbackExecutor(), connector.settings().openStreams());
        session.registry.add(session); // before connecting, so a client closing meanwhile ends it too
        WebSocketConnector.Connected connected;
        try {
            connected = connector.connect(request, PROTOCOLS, session);
        } catch (RuntimeException e) {
            session.registry.remove(session);
            throw e;
        }
        session.protocol = connected.protocol();
        session.ws = connected.ws();
        if (session.isClosed()) {
            connected.ws().cancel();
            throw new IllegalStateException(request.describe() + ": the client was closed during the handshake");
        }
        return session;
    }

    @Override
    public OutputStream stdin() {
        if (stdin == null) {
            throw new IllegalStateException("stdin was not requested (ExecOptions.stdin(true))");
        }
        return stdin;
    }

    @Override
    public InputStream stdout() {
        return input(out, "stdout");
    }

    @Override
    public InputStream stderr() {
        return input(err, "stderr");
    }

    private static InputStream input(OutputSink sink, String name) {
        if (sink instanceof BoundedPipe pipe) {
            return pipe.input();
        }
        throw new IllegalStateException(name + " was not requested (ExecOptions." + name + "(true))");
    }

    @Override
    public void resize(int width, int height) {
        if (!options.tty()) {
            throw new IllegalStateException("resize needs a TTY (ExecOptions.tty(true))");
        }
        if (width < 0 || width > 0xffff || height < 0 || height > 0xffff) {
            throw new IllegalArgumentException("terminal size must be within 0..65535, got " + width + "x" + height);
        }
        if (currentState() == State.OPEN) {
            byte[] json = ("{\"Width\":" + width + ",\"Height\":" + height + "}").getBytes(StandardCharsets.US_ASCII);
            ws.send(frame(RESIZE, json));
        }
    }

    @Override
    public CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    @Override
    public String protocol() {
        return protocol;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.CLOSED;
        }
        registry.remove(this);
        discard(out);
        discard(err);
        settle(null, new CancellationException(describe() + ": the exec session was closed"));
        WebSocket socket = ws;
        if (socket != null) {
            socket.close(1000, null); // OkHttp cuts the socket if the server does not answer in time
        }
    }

    /** The output the collectors kept, with {@code exitCode}. */
    ExecResult result(int code) {
        CappedCollector o = out instanceof CappedCollector c ? c : null;
        CappedCollector e = err instanceof CappedCollector c ? c : null;
        return new ExecResult(code, o == null ? new byte[0] : o.bytes(),
                e == null ? new byte[0] : e.bytes(), o != null && o.truncated(), e != null && e.truncated());
    }

    // ---- socket side (OkHttp reader thread) ----

    @Override
    protected void onFrame(WebSocket socket, int channel, ByteBuffer payload) {
        if (currentState() == State.CLOSED) {
            return;
        }
        switch (channel) {
            case STDOUT -> write(out, payload, channel);
            case STDERR -> write(err, payload, channel);
            case ERROR -> onError(payload);
            default -> LOG.debug("{}: ignoring {} bytes on channel {}", describe(), payload.remaining(), channel);
        }
    }

    private void write(OutputSink sink, ByteBuffer payload, int channel) {
        if (sink == null) {
            LOG.debug("{}: ignoring {} bytes on unrequested channel {}", describe(), payload.remaining(), channel);
            return;
        }
        sink.write(payload);
    }

    private void onError(ByteBuffer payload) {
        byte[] bytes;
        synchronized (errorChannel) {
            int keep = Math.min(payload.remaining(), MAX_ERROR_BYTES - errorChannel.size());
            byte[] chunk = new byte[Math.max(0, keep)];
            payload.get(chunk);
            errorChannel.write(chunk, 0, chunk.length);
            bytes = errorChannel.toByteArray();
        }
        ExecStatus.Outcome outcome = ExecStatus.decode(bytes, describe(), false);
        if (outcome != null) {
            settle(outcome.exitCode(), outcome.failure());
        }
    }

    @Override
    protected void onRemoteClose(int code, String reason) {
        synchronized (this) {
            if (state != State.OPEN) {
                return;
            }
            state = State.ENDED;
        }
        registry.remove(this);
        byte[] bytes;
        synchronized (errorChannel) {
            bytes = errorChannel.toByteArray();
        }
        TransportException abnormal = null;
        if (bytes.length > 0) {
            ExecStatus.Outcome outcome = ExecStatus.decode(bytes, describe(), true);
            settle(outcome.exitCode(), outcome.failure());
        } else if (code == 1000) {
            settle(0, null); // like client-go: an error channel that ends empty means success
        } else {
            abnormal = new TransportException(describe() + ": the server closed the session with code " + code
                    + (reason == null || reason.isEmpty() ? "" : " (" + reason + ")"), null, false);
            settle(null, abnormal);
        }
        for (OutputSink sink : new OutputSink[] {out, err}) {
            if (sink != null) {
                if (abnormal == null) {
                    sink.finish();
                } else {
                    sink.fail(abnormal);
                }
            }
        }
    }

    @Override
    protected void onBroken(TransportException e) {
        synchronized (this) {
            if (state != State.OPEN) {
                return;
            }
            state = State.BROKEN;
            failure = e;
        }
        registry.remove(this);
        if (out != null) {
            out.fail(e);
        }
        if (err != null) {
            err.fail(e);
        }
        settle(null, e);
    }

    // ---- helpers ----

    /** The socket to write to, or the reason writing is over. */
    WebSocket checkWritable() throws IOException {
        switch (currentState()) {
            case OPEN:
                return ws;
            case BROKEN:
                throw failure();
            case ENDED:
                throw new IOException(describe() + ": the exec session has ended");
            default:
                throw new IOException(describe() + ": the exec session is closed");
        }
    }

    /** Sends the v5 close-stdin signal; v4 cannot express it. */
    void closeStdin() {
        if (!V5.equals(protocol)) {
            LOG.debug("{}: {} cannot close stdin alone; it stays open until the session ends", describe(), protocol);
            return;
        }
        if (currentState() == State.OPEN) {
            ws.send(frame(CLOSE, new byte[] {(byte) STDIN}));
        }
    }

    boolean isClosed() {
        return currentState() == State.CLOSED;
    }

    private synchronized State currentState() {
        return state;
    }

    private synchronized TransportException failure() {
        return failure;
    }

    private static void discard(OutputSink sink) {
        if (sink != null) {
            sink.discard();
        }
    }

    private void settle(Integer code, Throwable error) {
        if (!settled.compareAndSet(false, true)) {
            return;
        }
        Runnable complete = error == null ? () -> exitCode.complete(code) : () -> exitCode.completeExceptionally(error);
        try {
            callbacks.execute(complete);
        } catch (RejectedExecutionException e) {
            complete.run(); // the client is shutting down its executor
        }
    }

    static ByteString frame(int channel, byte[] payload) {
        byte[] frame = new byte[payload.length + 1];
        frame[0] = (byte) channel;
        System.arraycopy(payload, 0, frame, 1, payload.length);
        return ByteString.of(frame);
    }

    @Override
    public String toString() {
        return "exec " + describe();
    }
}
