package io.kube4j.client.internal.http;

import io.kube4j.client.internal.watch.StreamingWatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The streams and watches a client has open, so that closing the client ends them all. */
public final class OpenStreams {
    private static final Logger LOG = LoggerFactory.getLogger(OpenStreams.class);

    private final Set<AutoCloseable> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Registers a stream; one opened while the client was closing is closed at once. */
    public void add(AutoCloseable stream) {
        open.add(stream);
        if (closed) {
            closeQuietly(stream);
            open.remove(stream);
        }
    }

    public void remove(AutoCloseable stream) {
        open.remove(stream);
    }

    public int size() {
        return open.size();
    }

    /**
     * Closes every open stream (failures are logged so that one cannot keep the others open), then waits
     * up to {@code wait} in total for watch threads to finish.
     */
    public void closeAll(Duration wait) {
        closed = true;
        List<AutoCloseable> snapshot = new ArrayList<>(open);
        for (AutoCloseable c : snapshot) {
            closeQuietly(c);
            open.remove(c);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        for (AutoCloseable c : snapshot) {
            if (c instanceof StreamingWatch<?> w) {
                w.awaitConsumer(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            }
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("closing {} failed", c, e);
        }
    }
}
