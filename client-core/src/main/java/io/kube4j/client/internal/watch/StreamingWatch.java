package io.kube4j.client.internal.watch;

import io.kube4j.client.KubeException;
import io.kube4j.client.TransportException;
import io.kube4j.client.Watch;
import io.kube4j.client.WatchEvent;
import io.kube4j.client.internal.Threads;
import io.kube4j.client.internal.http.OpenStreams;
import io.kube4j.client.internal.http.Transports;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.Response;

/**
 * A {@link Watch} over one streaming HTTP response. One thread reads (the iterating caller or the
 * {@code start} thread); {@link #close()} may come from any thread: it cancels the call, which unblocks
 * the reader, and the reader then ends iteration quietly. The response is released exactly once, by
 * whichever of the two finishes last, so the reader never sees its stream closed under it mid-read.
 */
public final class StreamingWatch<T> implements Watch<T> {
    private static final ThreadFactory THREADS = Threads.factory("watch");

    private final Call call;
    private final Response response;
    private final WatchDecoder<T> decoder;
    private final String description;
    private final Duration idleGuard;
    private final OpenStreams registry;

    private final Object lock = new Object();
    private boolean taken;
    private boolean closed;
    private boolean finished;
    private boolean reading;
    private boolean released;
    private volatile Thread consumer;

    public StreamingWatch(Call call, Response response, Class<T> type, String description, Duration idleGuard,
            OpenStreams registry) {
        this.call = call;
        this.response = response;
        this.description = description;
        this.idleGuard = idleGuard;
        this.registry = registry;
        this.decoder = new WatchDecoder<>(response.body().byteStream(), type, description);
        registry.add(this);
    }

    @Override
    public Iterator<WatchEvent<T>> iterator() {
        take();
        return new EventIterator();
    }

    @Override
    public CompletableFuture<Void> start(Consumer<? super WatchEvent<T>> handler) {
        Iterator<WatchEvent<T>> events = iterator();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = THREADS.newThread(() -> {
            try {
                while (events.hasNext()) {
                    handler.accept(events.next());
                }
                done.complete(null);
            } catch (Throwable e) {
                close();
                done.completeExceptionally(e);
            } finally {
                registry.remove(this); // only now: client shutdown waits for this thread while registered
            }
        });
        consumer = t;
        done.whenComplete((v, e) -> {
            if (done.isCancelled()) {
                close();
            }
        });
        t.start();
        return done;
    }

    @Override
    public boolean isOpen() {
        synchronized (lock) {
            return !closed && !finished;
        }
    }

    @Override
    public void close() {
        boolean releaseNow;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            releaseNow = !reading;
        }
        call.cancel();
        if (releaseNow) {
            release();
        }
        deregister();
    }

    /** Waits (bounded) for the {@code start} thread to finish, unless called from it; for client shutdown. */
    public void awaitConsumer(Duration timeout) {
        Thread t = consumer;
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        try {
            t.join(Math.max(1, timeout.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "watch " + description;
    }

    private void take() {
        synchronized (lock) {
            if (taken) {
                throw new IllegalStateException(
                        "the events of " + this + " were already taken; a watch is consumed once");
            }
            taken = true;
        }
    }

    /** Reads the next event; null when the stream ended or the watch was closed. */
    private WatchEvent<T> readNext() {
        synchronized (lock) {
            if (closed || finished) {
                finished = true;
                return null;
            }
            reading = true;
        }
        boolean ok = false;
        try {
            WatchEvent<T> event = decoder.next();
            ok = event != null && !event.isError();
            return event;
        } catch (IOException e) {
            if (isClosed()) {
                return null;
            }
            if (e instanceof SocketTimeoutException) {
                throw new TransportException(description + ": no data for " + idleGuard.toSeconds()
                        + "s (idle guard: server timeout plus margin); watch closed", e, true);
            }
            throw new TransportException(description + ": watch stream failed: " + e, e, Transports.isRetryable(e));
        } catch (KubeException e) {
            if (isClosed()) {
                return null;
            }
            throw e;
        } catch (RuntimeException e) {
            if (isClosed()) {
                return null; // a concurrent close can surface as a runtime failure inside the I/O library
            }
            throw e;
        } finally {
            boolean release;
            synchronized (lock) {
                reading = false;
                if (!ok) {
                    finished = true; // end of stream, ERROR event or failure: nothing more will be read
                }
                release = closed || finished;
            }
            if (release) {
                release();
                deregister();
            }
        }
    }

    private void deregister() {
        if (consumer == null) {
            registry.remove(this);
        }
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    private void release() {
        synchronized (lock) {
            if (released) {
                return;
            }
            released = true;
        }
        try {
            decoder.close();
        } catch (IOException | RuntimeException ignored) {
            // the connection is being discarded anyway
        }
        response.close();
    }

    private final class EventIterator implements Iterator<WatchEvent<T>> {
        private WatchEvent<T> next;
        private boolean done;

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (done) {
                return false;
            }
            try {
                next = readNext();
            } finally {
                if (next == null) {
                    done = true;
                }
            }
            return next != null;
        }

        @Override
        public WatchEvent<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException("the watch has ended");
            }
            WatchEvent<T> e = next;
            next = null;
            return e;
        }
    }
}
