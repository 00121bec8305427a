package io.kube4j.client.internal.ws;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.WebSocket;

/**
 * Bounds what a writer queues on an OkHttp WebSocket. OkHttp accepts frames until 16 MiB are unsent and then
 * tears the socket down, and offers no signal when its queue drains, so writers wait here, polling
 * {@link WebSocket#queueSize()}, while more than {@link #MAX_QUEUED} bytes are still unsent.
 */
public final class SendWindow {
    /** Unsent bytes above which a writer waits. */
    public static final long MAX_QUEUED = 1 << 20;
    private static final long MAX_PAUSE_MILLIS = 20;

    /** Decides whether writing may go on; throws the reason when not. */
    @FunctionalInterface
    public interface Check {
        WebSocket writable() throws IOException;
    }

    private SendWindow() {
    }

    /** Waits until the socket {@code check} returns has room, and returns it. */
    public static WebSocket await(Check check) throws IOException {
        long pause = 1;
        while (true) {
            WebSocket ws = check.writable();
            if (ws.queueSize() <= MAX_QUEUED) {
                return ws;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting to send");
            }
            pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
        }
    }
}
