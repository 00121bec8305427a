package io.kube4j.client;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;

/**
 * A running exec or attach ({@link PodExec}) over one WebSocket. Thread-safe; the streams may be used from
 * different threads.
 *
 * <p>Output: each of {@link #stdout()} and {@link #stderr()} buffers up to {@link ExecOptions#bufferSize()}
 * bytes. When a buffer is full the session stops reading from the server until the buffer is drained, which
 * also holds back the other stream, so read both (or only connect the ones you read). A reader that leaves a
 * full buffer unread for longer than the WebSocket ping interval (about 30 s) makes the liveness check fail
 * and ends the session with a {@link TransportException}, as client-go's heartbeat does.
 *
 * <p>End of session: the output streams reach end-of-file once the server closes the session; if the
 * connection breaks first they throw {@link TransportException} after the data that did arrive. After
 * {@link #close()} they end quietly.
 */
public interface ExecSession extends AutoCloseable {
    /**
     * The command's standard input. Each write is sent as it is (wrap it in a {@code BufferedOutputStream} for
     * many small writes) and blocks while more than about 1 MiB is queued for sending. {@code close()} sends
     * end-of-file when the server speaks {@code v5.channel.k8s.io} (Kubernetes 1.30+); older servers have no
     * way to close stdin alone, so there it only stops further writes.
     *
     * @throws IllegalStateException when stdin was not requested in the {@link ExecOptions}
     */
    OutputStream stdin();

    /**
     * The command's standard output (with a TTY: the terminal's output).
     *
     * @throws IllegalStateException when stdout was not requested in the {@link ExecOptions}
     */
    InputStream stdout();

    /**
     * The command's standard error (empty with a TTY, which merges it into stdout).
     *
     * @throws IllegalStateException when stderr was not requested in the {@link ExecOptions}
     */
    InputStream stderr();

    /**
     * Tells the TTY its new size in characters. No effect once the session has ended.
     *
     * @throws IllegalStateException when the session has no TTY
     * @throws IllegalArgumentException when a dimension is outside 0..65535
     */
    void resize(int width, int height);

    /**
     * Completes with the command's exit code: 0 on success, n when the server reports {@code NonZeroExitCode}
     * n. Completes exceptionally with the {@link ApiException} for any other failure the server reports (e.g.
     * the container is not running), with a {@link TransportException} when the connection breaks, and with a
     * {@link java.util.concurrent.CancellationException} when the session is closed first. Continuations run
     * on the client's callback executor, never on an I/O thread.
     */
    CompletableFuture<Integer> exitCode();

    /** The WebSocket subprotocol the server chose, e.g. {@code v5.channel.k8s.io} or {@code v4.channel.k8s.io}. */
    String protocol();

    /**
     * Ends the session: closes the WebSocket (the server then stops the streams), lets blocked readers reach
     * end-of-file and writers fail. Idempotent, does not block, callable from any thread.
     */
    @Override
    void close();
}
