package io.kube4j.client.internal.typed;

import io.kube4j.client.TransportException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Turns a streamed pod log into text or lines; I/O failures become {@link TransportException}s. */
public final class LogStreams {
    private LogStreams() {
    }

    /** Reads the whole stream as UTF-8 and closes it. */
    public static String text(InputStream in) {
        try (InputStream s = in) {
            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * The stream's UTF-8 lines, read lazily; closing the returned stream (or reaching its end) closes
     * {@code in}, which ends the HTTP call.
     */
    public static Stream<String> lines(InputStream in) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Spliterator<String> lines = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super String> action) {
                String line;
                try {
                    line = reader.readLine();
                } catch (IOException e) {
                    closeQuietly(reader);
                    throw failure(e);
                }
                if (line == null) {
                    closeQuietly(reader);
                    return false;
                }
                action.accept(line);
                return true;
            }
        };
        return StreamSupport.stream(lines, false).onClose(() -> {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static TransportException failure(IOException e) {
        if (e instanceof InterruptedIOException && "interrupted".equals(e.getMessage())) {
            Thread.currentThread().interrupt();
        }
        return new TransportException("reading the log failed: " + e.getMessage(), e, false);
    }

    private static void closeQuietly(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // the stream already failed or ended; nothing more to report
        }
    }
}
