package io.kube4j.client;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A running watch: a stream of {@link WatchEvent}s read from one HTTP response, consumed once, either by
 * iterating on the caller's thread ({@code for (var e : watch)}, {@link #stream()}) or by
 * {@link #start(Consumer)} on a kube4j thread.
 *
 * <p>Iteration ends normally when the server ends the watch (its {@code timeoutSeconds} elapsed) or when
 * {@link #close()} is called, from any thread. It ends with a {@link TransportException} when the
 * connection fails or stays silent past the idle guard, and with a {@link SerializationException} when
 * the server sends something that is not a complete watch event. It never yields a partial object.
 * ERROR events (e.g. 410 Gone) are delivered as events; the watch ends after them.
 */
public interface Watch<T> extends AutoCloseable, Iterable<WatchEvent<T>> {

    /**
     * The events, read as the iterator advances; {@code hasNext()} blocks until the next event arrives.
     *
     * @throws IllegalStateException if the events were already taken (by an iterator, stream or start)
     */
    @Override
    Iterator<WatchEvent<T>> iterator();

    /** The events as a sequential stream; closing the stream closes the watch. */
    default Stream<WatchEvent<T>> stream() {
        Spliterator<WatchEvent<T>> split = Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(split, false).onClose(this::close);
    }

    /**
     * Consumes the events on a new daemon thread named {@code kube4j-watch-<n>}, calling {@code handler}
     * for each in order. The returned future completes when the watch ends: normally at the end of the
     * stream or on {@link #close()}, exceptionally with the read failure or with what the handler threw
     * (which also closes the watch). Cancelling the future closes the watch.
     */
    CompletableFuture<Void> start(Consumer<? super WatchEvent<T>> handler);

    /** True until the stream has ended or the watch was closed. */
    boolean isOpen();

    /** Stops the watch and releases its connection. Idempotent; may be called from any thread. */
    @Override
    void close();
}
