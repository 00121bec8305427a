package io.kube4j.client.internal.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Request;
import okhttp3.WebSocket;
import okio.ByteString;
import org.junit.jupiter.api.Test;

/** Writers wait while OkHttp's send queue is over the window, and stop when the socket is no longer usable. */
class SendWindowTest {

    /** A WebSocket whose queue drains by 512 KiB each time its size is asked. */
    private static final class DrainingSocket implements WebSocket {
        private long queued = 3 * SendWindow.MAX_QUEUED;
        final AtomicInteger polls = new AtomicInteger();

        @Override
        public long queueSize() {
            polls.incrementAndGet();
            long now = queued;
            queued = Math.max(0, queued - 512 * 1024);
            return now;
        }

        @Override
        public Request request() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean send(String text) {
            return true;
        }

        @Override
        public boolean send(ByteString bytes) {
            return true;
        }

        @Override
        public boolean close(int code, String reason) {
            return true;
        }

        @Override
        public void cancel() {
        }
    }

    @Test
    void waitsUntilTheQueueIsWithinTheWindow() throws IOException {
        DrainingSocket ws = new DrainingSocket();
        assertThat(SendWindow.await(() -> ws)).isSameAs(ws);
        assertThat(ws.polls.get()).isEqualTo(5); // 3 MiB, 2.5, 2, 1.5, then 1 MiB fits
    }

    @Test
    void stopsWaitingWhenTheCheckFails() {
        DrainingSocket ws = new DrainingSocket();
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> SendWindow.await(() -> {
            if (calls.incrementAndGet() > 2) {
                throw new IOException("session ended");
            }
            return ws;
        })).isInstanceOf(IOException.class).hasMessage("session ended");
    }

    @Test
    void anInterruptedWriterKeepsItsFlag() {
        DrainingSocket ws = new DrainingSocket();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> SendWindow.await(() -> ws)).isInstanceOf(java.io.InterruptedIOException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
