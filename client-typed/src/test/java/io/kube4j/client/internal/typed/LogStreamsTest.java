package io.kube4j.client.internal.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kube4j.client.TransportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LogStreamsTest {
    /** Gives {@code data}, then fails; records whether it was closed. */
    static final class Cut extends InputStream {
        final AtomicBoolean closed = new AtomicBoolean();
        private final ByteArrayInputStream data;

        Cut(String data) {
            this.data = new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public int read() throws IOException {
            int b = data.read();
            if (b < 0) {
                throw new IOException("connection reset");
            }
            return b;
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void linesAreReadLazilyAndCloseTheStream() {
        Cut in = new Cut("a\nb\n");
        try (Stream<String> lines = LogStreams.lines(in)) {
            assertThat(lines.limit(2)).containsExactly("a", "b");
        }
        assertThat(in.closed).isTrue();
    }

    @Test
    void unicodeAndAMissingLastNewline() {
        InputStream in = new ByteArrayInputStream("é\n→ last".getBytes(StandardCharsets.UTF_8));
        try (Stream<String> lines = LogStreams.lines(in)) {
            assertThat(lines).containsExactly("é", "→ last");
        }
        assertThat(LogStreams.text(new ByteArrayInputStream("x\ny".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("x\ny");
    }

    @Test
    void aCutStreamIsATransportException() {
        Cut lines = new Cut("a\n");
        assertThatThrownBy(() -> LogStreams.lines(lines).forEach(l -> { }))
                .isInstanceOf(TransportException.class).hasMessageContaining("connection reset");
        assertThat(lines.closed).isTrue();
        Cut text = new Cut("abc");
        assertThatThrownBy(() -> LogStreams.text(text)).isInstanceOf(TransportException.class);
        assertThat(text.closed).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
}
