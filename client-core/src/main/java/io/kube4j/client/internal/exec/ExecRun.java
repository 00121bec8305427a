package io.kube4j.client.internal.exec;

import io.kube4j.client.ExecOptions;
import io.kube4j.client.ExecResult;
import io.kube4j.client.KubeException;
import io.kube4j.client.Request;
import io.kube4j.client.TransportException;
import io.kube4j.client.internal.ws.WebSocketConnector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a command to completion ({@code execAndWait}): output is collected on the socket reader thread into
 * capped buffers, stdin is copied on the caller's thread, and the optional timeout closes the session from
 * the client's scheduler. No thread of its own.
 */
public final class ExecRun {
    private static final int COPY_BUFFER = 32 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ExecRun.class);

    private ExecRun() {
    }

    /** Opens an exec or attach session with streams for the caller. */
    public static WebSocketExecSession open(WebSocketConnector connector, Request request, ExecOptions options) {
        return WebSocketExecSession.open(connector, request, options, false);
    }

    /**
     * Runs the command, feeding it {@code input} (null for none; stdin then gets end-of-file at once when the
     * server can express it), and returns the exit code with the collected output.
     */
    public static ExecResult run(WebSocketConnector connector, Request request, ExecOptions options, InputStream input) {
        if (input != null && !options.stdin()) {
            throw new IllegalArgumentException("stdin data was given but ExecOptions.stdin is false");
        }
        WebSocketExecSession session = WebSocketExecSession.open(connector, request, options, true);
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> timer = null;
        if (options.timeout() != null) {
            timer = connector.settings().scheduler().schedule(() -> {
                timedOut.set(true);
                session.close();
            }, options.timeout().toNanos(), TimeUnit.NANOSECONDS);
        }
        try {
            if (options.stdin()) {
                feed(session, input, request);
            }
            int code = await(session, request);
            return session.result(code);
        } catch (CancellationException e) {
            if (timedOut.get()) {
                throw new TransportException(request.describe() + ": the command did not finish within "
                        + options.timeout(), e, false);
            }
            throw new TransportException(request.describe() + ": the exec session was closed", e, false);
        } finally {
            if (timer != null) {
                timer.cancel(false);
            }
            session.close();
        }
    }

    private static void feed(WebSocketExecSession session, InputStream input, Request request) {
        OutputStream stdin = session.stdin();
        if (input != null) {
            byte[] buf = new byte[COPY_BUFFER];
            while (true) {
                int n;
                try {
                    n = input.read(buf);
                } catch (IOException e) {
                    throw new UncheckedIOException(request.describe() + ": reading the stdin data failed", e);
                }
                if (n < 0) {
                    break;
                }
                try {
                    stdin.write(buf, 0, n);
                } catch (IOException | KubeException e) {
                    // The command stopped reading or the session ended: the exit status tells what happened.
                    return;
                }
            }
        }
        if (input != null && !WebSocketExecSession.V5.equals(session.protocol())) {
            LOG.warn("{}: the server speaks {}, which cannot close stdin alone; a command reading stdin to its end "
                    + "only finishes when the session ends", request.describe(), session.protocol());
        }
        try {
            stdin.close();
        } catch (IOException e) {
            // StdinStream.close does not fail
        }
    }

    private static int await(WebSocketExecSession session, Request request) {
        try {
            return session.exitCode().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CancellationException c) {
                throw c;
            }
            if (cause instanceof KubeException k) {
                throw k;
            }
            throw new TransportException(request.describe() + ": " + cause, cause, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(request.describe() + ": interrupted while waiting for the command", e, false);
        }
    }
}
